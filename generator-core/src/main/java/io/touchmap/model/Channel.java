package io.touchmap.model;

/** How a contact happens (shop, phone, website, app…); the channels' order is the map's row order. */
public record Channel(String id, String name, ChannelType type, String group, String description, Origin origin) implements Named {
}
