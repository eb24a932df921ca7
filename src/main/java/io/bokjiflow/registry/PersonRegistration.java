package io.bokjiflow.registry;

/**
 * The facts needed to register a person who is not yet in the registry.
 *
 * @param rrn the validated resident registration number
 * @param name the name as registered
 * @param address the street address (free text)
 * @param adminDongCode the 행정동 code of the address
 */
public record PersonRegistration(Rrn rrn, String name, String address, String adminDongCode) {
}
