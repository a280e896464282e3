package com.cloudwright.validate;

import com.cloudwright.io.DiagramReader;
import com.cloudwright.model.Diagram;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every example in {@code examples/} opens with zero validation errors: they are what new users copy. */
class ExamplesValidateTest {

    @TestFactory
    Stream<DynamicTest> everyExampleHasNoErrors() throws IOException {
        Path dir = Path.of("examples");
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".cwd.json")).sorted().toList().stream()
                    .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                        Diagram d = new DiagramReader(Fixture.palette()).read(f);
                        assertThat(RuleCase.validator().validate(d).atLeast(Severity.ERROR)).as(f.toString()).isEmpty();
                    }));
        }
    }
}
