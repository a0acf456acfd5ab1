package com.didtron.activities.did.didww;

import com.didtron.domain.did.DidRequirement;
import com.didtron.domain.did.KycDocument;
import com.didtron.domain.did.NumberType;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** DIDWW's requirement object in our words. */
final class DidwwRequirements {
  private DidwwRequirements() {}

  static List<DidRequirement> of(NumberType type, JsonNode a) {
    String message = a.path("restriction_message").asString("");
    List<DidRequirement> out = new ArrayList<>();
    String identity = a.path("identity_type").asString("");
    if (identity.equalsIgnoreCase("business")) {
      out.add(new DidRequirement(type, KycDocument.BUSINESS_REGISTRATION, null, message));
    } else if (!identity.isBlank()) {
      out.add(new DidRequirement(type, KycDocument.IDENTITY, null, message));
    }
    if (a.path("address_proof_qty").asInt(0) > 0) {
      out.add(new DidRequirement(type, KycDocument.PROOF_OF_ADDRESS, null, message));
    }
    String area = a.path("address_area_level").asString("");
    if (!area.isBlank() && !area.replace("_", "").equalsIgnoreCase("worldwide")) {
      out.add(new DidRequirement(type, KycDocument.LOCAL_ADDRESS, null, "Address level: " + area));
    }
    if (a.path("service_description_required").asBoolean(false)) {
      out.add(new DidRequirement(type, KycDocument.SERVICE_DESCRIPTION, null, message));
    }
    return out;
  }
}
