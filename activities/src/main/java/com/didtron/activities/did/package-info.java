/**
 * Phone numbers for sale (issue 12): countries and their KYC requirements ({@link DidCountries}),
 * the inventory of each tenant imported from CSV or found at a provider ({@link DidInventory},
 * {@link DidProvider}), the sell-side price list ({@link DidPrices}) and the customer search.
 * Supplier identity and cost never leave this package in a type a customer receives: the search
 * answers with {@link DidOffer}, which has neither.
 */
package com.didtron.activities.did;
