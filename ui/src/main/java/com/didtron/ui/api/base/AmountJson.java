package com.didtron.ui.api.base;

import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.money.AmountParser;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every decimal number in an API request body goes through the shared {@link AmountParser}: the
 * JSON text is checked before a {@link BigDecimal} is made, so {@code 1e999999999}, fifty decimals
 * or twenty integer digits are answered 422 with the field's name ({@link Refused}), not parsed.
 */
@Component
public class AmountJson extends SimpleModule {

  /** A JSON amount the parser refused, with the JSON field it came from. */
  public static class Refused extends RuntimeException {
    private final transient FieldError error;

    Refused(FieldError error) {
      super(error.message());
      this.error = error;
    }

    public List<FieldError> errors() {
      return List.of(error);
    }
  }

  public AmountJson() {
    super("didtron-amounts");
    addDeserializer(BigDecimal.class, new Deserializer());
  }

  private static final class Deserializer extends StdDeserializer<BigDecimal> {
    Deserializer() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_NUMBER_INT
          && t != JsonToken.VALUE_NUMBER_FLOAT
          && t != JsonToken.VALUE_STRING) {
        return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
      }
      String field = p.currentName() == null ? "amount" : p.currentName();
      return switch (AmountParser.parse(p.getString())) {
        case AmountParser.Amount a -> a.value();
        case AmountParser.Refused r -> throw new Refused(new FieldError(field, r.reason()));
      };
    }
  }
}
