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
    AppUser me(@AuthenticationPrincipal Caller caller) {
        return users.find(caller.userId());
    }

    /** Change the caller's profile: every field the body holds is applied. */
    @PatchMapping("/users/me")
    AppUser update(@AuthenticationPrincipal Caller caller, @RequestBody AppUser changes) {
        AppUser user = users.find(caller.userId());
        if (changes.getDisplayName() != null) {
            if (changes.getDisplayName().isBlank()) {
                throw new InvalidInvoiceException("displayName must not be blank");
            }
            user.setDisplayName(changes.getDisplayName());
        }
        if (changes.getRole() != null) {
            user.setRole(changes.getRole());
        }
        if (changes.getCreditLimit() != null) {
            user.setCreditLimit(changes.getCreditLimit());
        }
        users.update(user);
        return users.find(caller.userId());
    }
}
