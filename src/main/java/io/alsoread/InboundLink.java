package io.alsoread;

/** An inbound link: the URL of the linking article and the anchor title it uses. */
public record InboundLink(String url, String title) {}
