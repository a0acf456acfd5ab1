package com.didtron.activities.testing;

import com.didtron.activities.switchsync.SwitchAccountStatus;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** Stands in for the switch in integration tests: remembers every account status handed to it. */
@Component
public class RecordingSwitchAccountStatus implements SwitchAccountStatus {
  private record Change(AccountId account, String status) {}

  private final List<Change> received = new CopyOnWriteArrayList<>();

  @Override
  public void statusChanged(TenantId tenant, AccountId account, String status) {
    received.add(new Change(account, status));
  }

  public List<String> of(AccountId account) {
    return received.stream().filter(c -> c.account().equals(account)).map(Change::status).toList();
  }
}
