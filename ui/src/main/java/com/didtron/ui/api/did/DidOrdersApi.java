package com.didtron.ui.api.did;

import com.didtron.activities.did.DidOrderRefused;
import com.didtron.activities.did.DidOrders;
import com.didtron.ui.api.base.ApiActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Buying numbers: customers order for their own account, staff for any account of their tenant. A
 * refused order answers 422 with the reason and reserves nothing.
 */
@RestController
@RequestMapping("/api/dids/orders")
@Tag(name = "DID orders", description = "Buy numbers (customers and staff)")
public class DidOrdersApi {
  private final DidOrders orders;

  public DidOrdersApi(DidOrders orders) {
    this.orders = orders;
  }

  /** The body of an order; numbers in E.164 with or without the plus. */
  public record OrderBody(
      UUID accountId,
      List<String> numbers,
      String destination,
      String failover,
      Integer ringTimeout) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Order numbers for an account; 422 with the reason when refused")
  public DidOrders.Order place(@RequestBody OrderBody body) {
    return orders.place(
        ApiActor.current(),
        new DidOrders.OrderRequest(
            body.accountId(),
            body.numbers(),
            body.destination(),
            body.failover(),
            body.ringTimeout()));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One order with its items")
  public DidOrders.Order get(@PathVariable UUID id) {
    return orders.get(ApiActor.current(), id);
  }

  @GetMapping
  @Operation(summary = "Orders of an account (staff: of the tenant when no account), newest first")
  public List<DidOrders.Order> list(
      @RequestParam(required = false) UUID accountId,
      @RequestParam(required = false) String state) {
    return orders.list(ApiActor.current(), accountId, state);
  }

  @ExceptionHandler(DidOrderRefused.class)
  ProblemDetail refused(DidOrderRefused e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    p.setTitle("Order refused");
    return p;
  }
}
