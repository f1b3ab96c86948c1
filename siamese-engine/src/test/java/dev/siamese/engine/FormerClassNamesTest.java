package dev.siamese.engine;

import org.junit.jupiter.api.Test;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormerClassNamesTest {
    @Test
    void namesEachMovedClassAsItIsNamedNow() {
        for (Class<?> moved : List.of(AdjacentStackVertex.class, JavaBatchNormalization.class, JavaRmsProp.class,
                KeptPreActivationConvolution.class, KeptPreActivationDense.class, OneDnnTanh.class)) {
            String former = "{\"@class\" : \"dev.siamese.model." + moved.getSimpleName() + "\", \"relu\" : true}";
            assertEquals("{\"@class\" : \"" + moved.getName() + "\", \"relu\" : true}", FormerClassNames.current(former));
        }
    }

    @Test
    void namesTheRenamedReluAsItIsNamedNowFromEitherPackage() {
        for (String former : List.of("dev.siamese.model.StepReLU", "dev.siamese.engine.StepReLU")) {
            assertEquals("{\"@class\" : \"dev.siamese.engine.InPlaceBackpropReLU\"}",
                    FormerClassNames.current("{\"@class\" : \"" + former + "\"}"));
        }
    }

    @Test
    void leavesEveryOtherNameAlone() {
        String json = "[\"dev.siamese.model.ContrastiveLoss\", \"dev.siamese.model.StepReLUs\", "
                + "\"dev.siamese.engine.InPlaceBackpropReLU\", \"org.nd4j.linalg.activations.impl.ActivationReLU\", "
                + "\"layer named dev.siamese.model.StepReLU\"]";
        assertEquals(json, FormerClassNames.current(json));
    }
}
