/**
 * Phone numbers (DIDs) for sale: number types, inventory states and the KYC documents regulators
 * ask for per country and type.
 */
package com.didtron.domain.did;
