/**
 * The workflow explorer for auditors and super admins: runs from the workflow index, each run's
 * history as a readable timeline with a JSON export, and links between runs and business records.
 */
package com.didtron.ui.workflow;
