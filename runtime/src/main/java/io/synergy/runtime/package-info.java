/**
 * The runtime: the engine that executes a plan (ticks, machines, trees, the garbage collector), the
 * state store and the transports. It sees plan types only, never the compiler.
 */
package io.synergy.runtime;
