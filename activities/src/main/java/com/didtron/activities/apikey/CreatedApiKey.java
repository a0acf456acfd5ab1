package com.didtron.activities.apikey;

import com.didtron.domain.apikey.ApiKey;

/** A key just created: the listing entry and the secret, which is shown this once only. */
public record CreatedApiKey(ApiKey key, String secret) {}
