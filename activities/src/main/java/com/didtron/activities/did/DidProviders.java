package com.didtron.activities.did;

import com.didtron.activities.Facade;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every {@link DidProvider} of the platform, by code; the provisioning workflow picks from here.
 */
@Facade
@Component
public class DidProviders {
  private final List<DidProvider> providers;

  DidProviders(List<DidProvider> providers) {
    this.providers = List.copyOf(providers);
  }

  public List<DidProvider> all() {
    return providers;
  }

  public Optional<DidProvider> find(String code) {
    return providers.stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /** The provider of {@code code}; a NoSuchElementException when unknown. */
  public DidProvider get(String code) {
    return find(code).orElseThrow(() -> new NoSuchElementException("No DID provider " + code));
  }
}
