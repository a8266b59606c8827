package io.alsoread;

/** An outgoing "Also read" link: target URL, anchor title, and whether the target is an indexed article. */
public record LinkEntry(String url, String title, boolean resolved) {}
