package dev.corpuslint.rules.packs;

import dev.corpuslint.rules.model.TextRange;

/**
 * One match of a pack rule: what to underline, what a delete fix removes (null when deleting would damage
 * the text around it, e.g. a line whose tags close elements opened elsewhere), and the matched text for the message.
 */
record Hit(TextRange range, TextRange deletion, String matched) {}
