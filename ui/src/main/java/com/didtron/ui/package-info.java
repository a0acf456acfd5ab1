/**
 * The Vaadin Flow portals. {@code base} holds the shell (double sidebar, two headers, action dock)
 * and the shared components every page uses; the other packages are features, one view per page,
 * each calling one feature service from the {@code activities} module. Views hide what a role may
 * not do, but the services refuse it anyway.
 */
package com.didtron.ui;
