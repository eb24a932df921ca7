package io.bokjiflow.identity.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, String> {

}
