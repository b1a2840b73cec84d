/**
 * Shared kernel without state for uploaded files: the kinds of file the platform accepts, recognised by their
 * content, the check that an upload is what its name claims, and the cleaning of photos sent by the public.
 */
@ApplicationModule(displayName = "Files kernel", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.bulwark.files;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
