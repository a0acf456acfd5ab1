/** The daily rental of numbers in service (issue 12 point 7): a Temporal cron workflow. */
package com.didtron.workflows.didrental;
