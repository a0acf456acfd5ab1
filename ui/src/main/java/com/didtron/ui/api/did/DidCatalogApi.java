package com.didtron.ui.api.did;

import com.didtron.activities.did.DidCountries;
import com.didtron.activities.did.DidCountries.CountryChange;
import com.didtron.activities.did.DidCountries.CountryDraft;
import com.didtron.activities.did.DidCountry;
import com.didtron.activities.did.DidPrice;
import com.didtron.activities.did.DidPrices;
import com.didtron.activities.did.DidPrices.PriceChange;
import com.didtron.activities.did.DidPrices.PriceDraft;
import com.didtron.ui.api.base.ApiActor;
import com.didtron.ui.api.base.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** DID countries with their KYC requirements, and the tenant's DID price list. */
@RestController
@Tag(name = "DID countries and prices", description = "Requirements per country and sell prices")
public class DidCatalogApi {
  private final DidCountries countries;
  private final DidPrices prices;

  public DidCatalogApi(DidCountries countries, DidPrices prices) {
    this.countries = countries;
    this.prices = prices;
  }

  @GetMapping("/api/did-countries")
  @Operation(summary = "Countries numbers are sold in, with their requirements per number type")
  public List<DidCountry> countries() {
    return countries.list(ApiActor.current());
  }

  @GetMapping("/api/did-countries/{code}")
  @Operation(summary = "One country and its requirements")
  public DidCountry country(@PathVariable String code) {
    return countries.get(ApiActor.current(), code);
  }

  @PutMapping("/api/did-countries/{code}")
  @Operation(summary = "Add or replace a country and its requirements (super admin)")
  public DidCountry saveCountry(@PathVariable String code, @RequestBody CountryDraft draft) {
    return switch (countries.save(ApiActor.current(), code, draft)) {
      case CountryChange.Saved s -> s.country();
      case CountryChange.Rejected r -> throw new ApiErrors.Invalid(r.errors());
    };
  }

  @GetMapping("/api/did-prices")
  @Operation(summary = "The DID prices in force and scheduled (staff)")
  public List<DidPrice> prices(@RequestParam(required = false) String country) {
    return prices.list(ApiActor.current(), country);
  }

  @PostMapping("/api/did-prices")
  @Operation(summary = "Add a price; it supersedes the previous one from effectiveFrom (or now)")
  public ResponseEntity<DidPrice> addPrice(@RequestBody PriceDraft draft) {
    return switch (prices.add(ApiActor.current(), draft)) {
      case PriceChange.Saved s ->
          ResponseEntity.created(URI.create("/api/did-prices/" + s.price().id())).body(s.price());
      case PriceChange.Rejected r -> throw new ApiErrors.Invalid(r.errors());
    };
  }
}
