package com.customerplatform.customer.adapter.in.web;

import com.customerplatform.customer.application.port.in.CustomerAvatarUseCase;
import com.customerplatform.customer.application.port.in.CustomerTagsUseCase;
import com.customerplatform.customer.domain.Customer;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.error.NotFoundException;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Avatar upload, and the images served at the profiles' {@code avatar_url} (no bearer token: an {@code <img>} sends none). */
@RestController
@RequestMapping("/v1/customers")
class AvatarController {

    private final CustomerAvatarUseCase avatars;
    private final CustomerTagsUseCase tags;

    AvatarController(CustomerAvatarUseCase avatars, CustomerTagsUseCase tags) {
        this.avatars = avatars;
        this.tags = tags;
    }

    @PostMapping(path = "/{customerId}/avatar", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    CustomerResponse upload(Actor actor, @PathVariable UUID customerId, @RequestPart("file") MultipartFile file)
            throws IOException {
        Customer customer = avatars.upload(actor, customerId, file.getBytes());
        return CustomerResponse.of(customer, tags.tagsOf(customer.id()));
    }

    /** A file never changes under its name (a new upload gets a new one), so clients may cache it. */
    @GetMapping("/avatars/{fileName}")
    ResponseEntity<byte[]> image(@PathVariable String fileName) {
        return avatars.image(fileName)
                .map(image -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.format().mediaType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                        .header("Content-Security-Policy", "default-src 'none'")
                        .body(image.content()))
                .orElseThrow(() -> new NotFoundException("AVATAR_NOT_FOUND", "There is no avatar " + fileName));
    }
}
