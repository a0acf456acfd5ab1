package com.didtron.activities.routing;

import com.didtron.decisions.routing.RoutePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The route policy decision table shipped with the platform (cached per distinct input). */
@Configuration(proxyBeanMethods = false)
class RoutingConfig {
  @Bean
  RoutePolicy routePolicy() {
    return RoutePolicy.standard();
  }
}
