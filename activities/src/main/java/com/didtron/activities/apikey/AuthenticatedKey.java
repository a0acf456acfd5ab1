package com.didtron.activities.apikey;

import com.didtron.activities.security.DidtronPrincipal;

/** The user behind a presented key, and whether the key may only read. */
public record AuthenticatedKey(DidtronPrincipal principal, boolean readOnly) {}
