package cn.sgz.tenant.api;

/** A refresh token redeemed: whose it was, and the token of the same session that replaces it. */
public record Renewal(UserView user, String refreshToken) {}
