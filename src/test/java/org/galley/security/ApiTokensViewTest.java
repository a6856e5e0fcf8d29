package org.galley.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.galley.common.Hashes;
import org.galley.security.ui.ApiTokensView;
import org.galley.support.IntegrationTest;
import org.galley.support.Karibu;
import org.galley.support.KaribuViews;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A user creates a token in the UI, sees it once, and revokes it. */
@IntegrationTest
@ExtendWith(KaribuViews.class)
class ApiTokensViewTest {

    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    String user;

    @BeforeEach
    void open() {
        user = "v" + UUID.randomUUID().toString().substring(0, 8);
        LoginAndApiSecurityTest.asAdmin(() -> users.create(user, user, "a-long-password", Role.CORRECTOR));
        Karibu.login(user, Role.CORRECTOR);
        UI.getCurrent().navigate("tokens");
    }

    @Test
    void aTokenIsShownOnceThenListedByItsHintAndRevoked() {
        ApiTokensView view = _get(ApiTokensView.class);
        assertThat(GridKt._size(view.grid)).isZero();

        view.name.setValue("nightly export");
        _click(view.create);
        String secret = _get(TextField.class, spec -> spec.withId("new-token")).getValue();
        assertThat(secret).startsWith("galley_");
        assertThat(jdbc.sql("select count(*) from api_token where token_sha256 = :h").param("h", Hashes.sha256(secret))
                .query(Long.class).single()).isEqualTo(1);

        _click(_get(Button.class, spec -> spec.withId("close-token")));
        assertThat(view.createdDialog).isNull();
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).name()).isEqualTo("nightly export");
        assertThat(GridKt._get(view.grid, 0).hint()).isEqualTo(secret.substring(0, 11));

        Button revoke = (Button) GridKt._getCellComponent(view.grid, 0, "revoke");
        _click(revoke);
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(jdbc.sql("select revoked_at is not null from api_token where token_sha256 = :h")
                .param("h", Hashes.sha256(secret)).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aNameTooLongIsRefusedAndNothingIsCreated() {
        ApiTokensView view = _get(ApiTokensView.class);
        view.name.setMaxLength(1000);
        view.name.setValue("x".repeat(150));
        _click(view.create);
        assertThat(view.createdDialog).isNull();
        assertThat(GridKt._size(view.grid)).isZero();
    }
}
