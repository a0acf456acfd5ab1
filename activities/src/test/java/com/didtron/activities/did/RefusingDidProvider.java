package com.didtron.activities.did;

import com.didtron.domain.did.DidRequirement;
import com.didtron.domain.did.NumberType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A provider (code {@code refusing}) that refuses every order, for the compensation of the DID
 * order saga; it remembers what it was asked to release.
 */
public class RefusingDidProvider implements DidProvider {
  public static final String CODE = "refusing";

  final List<String> released = new CopyOnWriteArrayList<>();

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public boolean enabled() {
    return true;
  }

  @Override
  public List<ProviderNumber> search(Query query) {
    return List.of();
  }

  @Override
  public Ordered order(ProviderNumber number) {
    throw new Failure("the provider has no stock of +" + number.number(), false, null);
  }

  @Override
  public void release(String number) {
    released.add(number);
  }

  @Override
  public List<DidRequirement> requirements(String country, NumberType type) {
    return List.of();
  }
}
