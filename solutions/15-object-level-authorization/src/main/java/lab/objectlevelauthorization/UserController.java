package lab.objectlevelauthorization;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class UserController {

    private final UserRepository users;

    UserController(UserRepository users) {
        this.users = users;
    }

    @GetMapping("/users/me")
    UserView me(@AuthenticationPrincipal Caller caller) {
        return users.find(caller.userId());
    }

    @PatchMapping("/users/me")
    UserView update(@AuthenticationPrincipal Caller caller, @RequestBody UserUpdate update) {
        users.rename(caller.userId(), update.displayName());
        return users.find(caller.userId());
    }
}
