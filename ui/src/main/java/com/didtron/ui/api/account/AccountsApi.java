package com.didtron.ui.api.account;

import com.didtron.activities.account.AccountChange;
import com.didtron.activities.account.AccountFilter;
import com.didtron.activities.account.AccountService;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.page.PageRequest;
import com.didtron.ui.api.base.ApiActor;
import com.didtron.ui.api.base.ApiErrors;
import com.didtron.ui.api.base.ApiPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Customer and carrier accounts over the API; the same rules as the portal (AccountService). */
@RestController
@RequestMapping("/api/accounts")
@Tag(name = "Accounts", description = "Customers and carriers of the caller's tenant")
public class AccountsApi {
  private final AccountService accounts;

  public AccountsApi(AccountService accounts) {
    this.accounts = accounts;
  }

  @GetMapping
  @Operation(summary = "List accounts (staff: the tenant's; portal users: their own)")
  public ApiPage<AccountJson> list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) AccountKind kind,
      @RequestParam(required = false) Integer offset,
      @RequestParam(required = false) Integer limit) {
    PageRequest page = ApiPage.request(offset, limit);
    return ApiPage.of(
        accounts.find(ApiActor.current(), new AccountFilter(q, kind, false), page),
        page,
        AccountJson::of);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One account")
  public AccountJson get(@PathVariable UUID id) {
    return AccountJson.of(accounts.get(ApiActor.current(), new AccountId(id)));
  }

  @PostMapping
  @Operation(summary = "Create an account (super admins); 422 lists invalid fields")
  public ResponseEntity<AccountJson> create(@RequestBody AccountRequest body) {
    AccountChange change = accounts.create(ApiActor.current(), body.toDraft());
    if (change instanceof AccountChange.Rejected r) {
      throw new ApiErrors.Invalid(r.errors());
    }
    AccountJson created = AccountJson.of(((AccountChange.Saved) change).account());
    return ResponseEntity.created(URI.create("/api/accounts/" + created.id())).body(created);
  }
}
