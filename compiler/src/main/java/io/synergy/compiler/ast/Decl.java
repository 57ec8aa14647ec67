package io.synergy.compiler.ast;

/** A top-level declaration. */
public sealed interface Decl extends Node
    permits SettingsDecl, ProcessDecl, TreeDecl, MachineDecl {}
