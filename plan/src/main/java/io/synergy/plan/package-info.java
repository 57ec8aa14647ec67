/**
 * The plan IR: the immutable, resolved plan that the compiler produces and the runtime executes,
 * and the period and time arithmetic it needs. Depends on the JDK only.
 */
package io.synergy.plan;
