package com.didtron.activities.netting;

import com.didtron.activities.Facade;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** The document numbers of netting requests, as statements show them. Trusted internal calls. */
@Facade
public interface NettingNumbers {
  /** The numbers of these netting requests; unknown ids and unnumbered ones are left out. */
  Map<UUID, String> numbers(Collection<UUID> ids);
}
