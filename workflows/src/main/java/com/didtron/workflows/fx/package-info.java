/** The daily FX rate refresh workflow (Temporal cron). */
package com.didtron.workflows.fx;
