package com.didtron.ui.testing;

import com.didtron.activities.testing.ActivitiesTestPlatform;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

/**
 * The activities' test platform plus the portal and API beans of {@code ui}: what a browserless
 * view test needs, without the assembly ({@code app}). Not a {@code @Configuration}, so that no
 * component scan finds it.
 */
@Import(ActivitiesTestPlatform.class)
@ComponentScan("com.didtron.ui")
public class UiTestPlatform {}
