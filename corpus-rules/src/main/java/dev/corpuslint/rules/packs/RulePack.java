package dev.corpuslint.rules.packs;

import java.util.List;

/** One pack file: its name, where it was read from, and its rules in file order. */
public record RulePack(String name, String origin, String description, List<PackRule> rules) {}
