package com.didtron.activities.switchcdr;

import com.didtron.activities.Facade;
import java.util.List;

/**
 * Told after a pull's transaction has committed which calls of a source were rated and charged
 * (e.g. so credit control can release what the calls had reserved). Implementations are optional
 * Spring beans; one that throws is logged and does not undo the pull.
 */
@Facade
public interface SwitchCdrsCharged {
  void charged(String source, List<String> callIds);
}
