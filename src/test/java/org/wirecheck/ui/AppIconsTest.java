package org.wirecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class AppIconsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everySizeLoadsAsASquareImageOfThatSize() throws Exception {
        List<Image> icons = WaitForAsyncUtils.asyncFx(AppIcons::load).get(10, TimeUnit.SECONDS);
        assertThat(icons).hasSize(AppIcons.SIZES.length);
        for (int i = 0; i < icons.size(); i++) {
            assertThat(icons.get(i).getWidth()).isEqualTo(AppIcons.SIZES[i]);
            assertThat(icons.get(i).getHeight()).isEqualTo(AppIcons.SIZES[i]);
        }
    }
}
