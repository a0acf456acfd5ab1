/**
 * Printed documents: XHTML built by {@link com.didtron.activities.document.DocumentHtml}, PDF by
 * openhtmltopdf.
 */
package com.didtron.activities.document;
