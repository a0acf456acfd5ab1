/** Routing inputs shared between features: carrier health from monitoring, used by LCR. */
package com.didtron.activities.routing;
