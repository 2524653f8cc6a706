/**
 * Every text shellgen-runtime reports or logs: {@link io.github.shellgen.runtime.message.RuntimeMessage}.
 * A report's wording is changed there, and only there. It names the settings' keys from
 * {@link io.github.shellgen.runtime.RuntimeConfig} and Storm's {@code Config}, and uses nothing else.
 */
package io.github.shellgen.runtime.message;
