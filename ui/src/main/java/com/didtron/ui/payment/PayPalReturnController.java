package com.didtron.ui.payment;

import com.didtron.activities.payment.PayPalReturns;
import com.didtron.activities.payment.PaymentProviderException;
import com.didtron.activities.security.CurrentActor;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.payment.Payment;
import com.didtron.domain.payment.PaymentStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Where PayPal sends the signed-in payer back after approving: capture, then show the balance. */
@Controller
public class PayPalReturnController {
  private final PayPalReturns returns;

  public PayPalReturnController(PayPalReturns returns) {
    this.returns = returns;
  }

  @GetMapping("/payments/paypal/return")
  public String back(@RequestParam("token") String orderId) {
    try {
      Payment p = returns.capture(CurrentActor.require(), orderId);
      return "redirect:/balance?payment="
          + p.id()
          + "&result="
          + (p.status() == PaymentStatus.COMPLETED ? "success" : "pending");
    } catch (AccessDenied | PaymentProviderException e) {
      return "redirect:/balance?result=failed";
    }
  }
}
