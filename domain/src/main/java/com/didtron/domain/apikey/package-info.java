/** REST API keys: the listing entry and the secret (stored only as a hash). */
package com.didtron.domain.apikey;
