package com.didtron.activities.did;

import com.didtron.activities.Facade;
import java.util.List;
import java.util.UUID;

/** What an inventory import did. All or nothing: one bad line refuses the whole file. */
@Facade
public sealed interface InventoryImport {
  /** A line of the file and what is wrong with it; line 0 is the file as a whole. */
  record LineError(long line, String reason) {}

  /** Every number of the file is now AVAILABLE. */
  record Imported(UUID importId, long numbers) implements InventoryImport {}

  /**
   * Nothing was imported.
   *
   * @param errors the first errors by line (at most {@link #SHOWN})
   * @param errorCount every error found
   */
  record Refused(String reason, List<LineError> errors, long errorCount)
      implements InventoryImport {
    public static final int SHOWN = 100;

    public Refused {
      errors = List.copyOf(errors);
    }
  }
}
