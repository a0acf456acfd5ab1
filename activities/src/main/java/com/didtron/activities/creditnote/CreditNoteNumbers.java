package com.didtron.activities.creditnote;

import com.didtron.activities.Facade;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** The document numbers of credit notes, as statements show them. Trusted internal calls. */
@Facade
public interface CreditNoteNumbers {
  /** The numbers of these credit notes; unknown ids and unnumbered ones are left out. */
  Map<UUID, String> numbers(Collection<UUID> ids);
}
