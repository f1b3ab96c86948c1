package dev.siamese.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Activation functions a layer may name. */
public enum Activation {
    LINEAR, RELU, TANH, SIGMOID, ELU, SELU, LEAKYRELU, SOFTPLUS, SOFTSIGN, SWISH, GELU;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> jsonNames() {
        return Arrays.stream(values()).map(Activation::jsonName).toList();
    }

    static Activation fromJson(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
