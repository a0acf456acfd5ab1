/**
 * REST API keys per user: {@link com.didtron.activities.apikey.ApiKeyService} creates (shown once),
 * lists and revokes them; {@link com.didtron.activities.apikey.ApiKeyAuthenticator} turns a
 * presented key into the user's principal.
 */
package com.didtron.activities.apikey;
