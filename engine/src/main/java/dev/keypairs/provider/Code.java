package dev.keypairs.provider;

public interface Code { String code(); }
