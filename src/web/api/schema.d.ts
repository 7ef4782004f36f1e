/* The HTTP API as the console sees it: generated from the OpenAPI document by scripts/make-docs.ts. Do not edit. */
export type paths = {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: database reachable and migrated */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready";
                            database: string;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with username, password and (when enabled) a TOTP code; sets the session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                        totp?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                displayName: string;
                                email: string | null;
                                roles: ("admin" | "poc_officer" | "central_authority" | "prosecutor" | "analyst" | "dpo" | "auditor")[];
                                authorityId: string | null;
                                totpEnabled: boolean;
                                mustChangePassword: boolean;
                                disabled: boolean;
                                lockedUntil: string | null;
                                /**
                                 * @description the console language the user chose
                                 * @enum {string}
                                 */
                                language: "ar" | "zh" | "en" | "fr" | "ru" | "es";
                                createdAt: string;
                                updatedAt: string;
                            };
                            csrfToken: string;
                            expiresAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calling user, and the CSRF token to send with cookie-authenticated writes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                displayName: string;
                                email: string | null;
                                roles: ("admin" | "poc_officer" | "central_authority" | "prosecutor" | "analyst" | "dpo" | "auditor")[];
                                authorityId: string | null;
                                totpEnabled: boolean;
                                mustChangePassword: boolean;
                                disabled: boolean;
                                lockedUntil: string | null;
                                /**
                                 * @description the console language the user chose
                                 * @enum {string}
                                 */
                                language: "ar" | "zh" | "en" | "fr" | "ru" | "es";
                                createdAt: string;
                                updatedAt: string;
                            };
                            csrfToken: string | null;
                            /** @description the policies the caller holds, so a client offers only what the node would allow (the node still checks every call) */
                            permissions: ("self.manage" | "self.tokens" | "events.read" | "regimes.read" | "node.read" | "node.configure" | "node.configuration" | "users.list" | "users.create" | "users.read" | "users.update" | "users.reset_password" | "users.reset_second_factor" | "register.read" | "register.write" | "cases.create" | "cases.read" | "cases.update" | "cases.members" | "cases.access_log" | "requests.draft" | "requests.read" | "requests.act" | "requests.status_query" | "requests.status_answer" | "oncall.read" | "oncall.manage" | "webhooks.manage" | "notifications.read" | "evidence.write" | "evidence.read" | "evidence.transmit" | "incidents.read" | "incidents.write" | "incidents.share" | "stix.read" | "stix.write" | "observables.lookup" | "audit.read" | "audit.verify" | "federation.read" | "federation.manage" | "taxii.subscriptions.read" | "taxii.subscriptions.manage" | "misp.feeds.pull")[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/language": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Choose the language of your console (one of the six UN languages); it follows you to every device */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        language: "ar" | "zh" | "en" | "fr" | "ru" | "es";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            email: string | null;
                            roles: ("admin" | "poc_officer" | "central_authority" | "prosecutor" | "analyst" | "dpo" | "auditor")[];
                            authorityId: string | null;
                            totpEnabled: boolean;
                            mustChangePassword: boolean;
                            disabled: boolean;
                            lockedUntil: string | null;
                            /**
                             * @description the console language the user chose
                             * @enum {string}
                             */
                            language: "ar" | "zh" | "en" | "fr" | "ru" | "es";
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your own password (required after a one-time password) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start second-factor enrolment: returns the secret and otpauth URI */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                            uri: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm enrolment with a current code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn the second factor off (needs the password) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens (never the secrets) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            prefix: string;
                            createdAt: string;
                            expiresAt: string | null;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a personal API token; the token is shown in this response only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        expiresInDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            apiToken: {
                                id: string;
                                name: string;
                                prefix: string;
                                createdAt: string;
                                expiresAt: string | null;
                                lastUsedAt: string | null;
                                revokedAt: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            prefix: string;
                            createdAt: string;
                            expiresAt: string | null;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            email: string | null;
                            roles: ("admin" | "poc_officer" | "central_authority" | "prosecutor" | "analyst" | "dpo" | "auditor")[];
                            authorityId: string | null;
                            totpEnabled: boolean;
                            mustChangePassword: boolean;
                            disabled: boolean;
                            lockedUntil: string | null;
                            /**
                             * @description the console language the user chose
                             * @enum {string}
                             */
                            language: "ar" | "zh" | "en" | "fr" | "ru" | "es";
                            createdAt: string;
                            updatedAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a user; without a password a one-time password is generated and returned once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description lower-case letters, digits, . _ - */
                        username: string;
                        displayName?: string;
                        email?: string | null;
                        roles: ("admin" | "poc_officer" | "central_authority" | "prosecutor" | "analyst" | "dpo" | "auditor")[];
                        authorityId?: string | null;
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                displayName: string;
                                email: string | null;
                                roles: ("admin" | "poc_officer" | "central_authority" | "prosecutor" | "analyst" | "dpo" | "auditor")[];
                                authorityId: string | null;
                                totpEnabled: boolean;
                                mustChangePassword: boolean;
                                disabled: boolean;
                                lockedUntil: string | null;
                                /**
                                 * @description the console language the user chose
                                 * @enum {string}
                                 */
                                language: "ar" | "zh" | "en" | "fr" | "ru" | "es";
                                createdAt: string;
                                updatedAt: string;
                            };
                            oneTimePassword: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user (admins, or the user themself) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            email: string | null;
                            roles: ("admin" | "poc_officer" | "central_authority" | "prosecutor" | "analyst" | "dpo" | "auditor")[];
                            authorityId: string | null;
                            totpEnabled: boolean;
                            mustChangePassword: boolean;
                            disabled: boolean;
                            lockedUntil: string | null;
                            /**
                             * @description the console language the user chose
                             * @enum {string}
                             */
                            language: "ar" | "zh" | "en" | "fr" | "ru" | "es";
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change roles, authority, contact details, or disable a user */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        email?: string | null;
                        roles?: ("admin" | "poc_officer" | "central_authority" | "prosecutor" | "analyst" | "dpo" | "auditor")[];
                        authorityId?: string | null;
                        disabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            email: string | null;
                            roles: ("admin" | "poc_officer" | "central_authority" | "prosecutor" | "analyst" | "dpo" | "auditor")[];
                            authorityId: string | null;
                            totpEnabled: boolean;
                            mustChangePassword: boolean;
                            disabled: boolean;
                            lockedUntil: string | null;
                            /**
                             * @description the console language the user chose
                             * @enum {string}
                             */
                            language: "ar" | "zh" | "en" | "fr" | "ru" | "es";
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a new one-time password, unlock the account and end its sessions */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                displayName: string;
                                email: string | null;
                                roles: ("admin" | "poc_officer" | "central_authority" | "prosecutor" | "analyst" | "dpo" | "auditor")[];
                                authorityId: string | null;
                                totpEnabled: boolean;
                                mustChangePassword: boolean;
                                disabled: boolean;
                                lockedUntil: string | null;
                                /**
                                 * @description the console language the user chose
                                 * @enum {string}
                                 */
                                language: "ar" | "zh" | "en" | "fr" | "ru" | "es";
                                createdAt: string;
                                updatedAt: string;
                            };
                            oneTimePassword: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/reset-second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear the second factor of a person who lost it (they enrol again) and end their sessions */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            email: string | null;
                            roles: ("admin" | "poc_officer" | "central_authority" | "prosecutor" | "analyst" | "dpo" | "auditor")[];
                            authorityId: string | null;
                            totpEnabled: boolean;
                            mustChangePassword: boolean;
                            disabled: boolean;
                            lockedUntil: string | null;
                            /**
                             * @description the console language the user chose
                             * @enum {string}
                             */
                            language: "ar" | "zh" | "en" | "fr" | "ru" | "es";
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/node": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This node: public URL, database engine, and which State and authority it serves */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            publicUrl: string;
                            database: string;
                            configured: boolean;
                            identity: {
                                stateCode: string;
                                authorityId: string;
                                configuredAt: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/node/configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The configuration in effect: every documented variable and its value, secrets masked */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            variable: string;
                            value: string | null;
                            /** @description masked: a password is never shown */
                            secret: boolean;
                            default: string;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/node/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Initial setup: which registered State and authority this node serves */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        stateCode: string;
                        /** @description Identifier */
                        authorityId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            stateCode: string;
                            authorityId: string;
                            configuredAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/register/states": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** States in the register */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            nodeUrl: string | null;
                            languages: string[];
                            regimes: string[];
                            declarations: {
                                kind: string;
                                article?: string;
                                text: string;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a State */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description ISO 3166-1 alpha-2 code */
                        code: string;
                        name: string;
                        nodeUrl?: string | null;
                        languages?: string[];
                        regimes?: ("uncc-2024" | "budapest-2001" | "eu-epor-2023-1543" | "eu-eio-2014-41")[];
                        declarations?: {
                            /** @enum {string} */
                            kind: "dual_criminality" | "channel" | "language" | "reservation" | "notification" | "other";
                            article?: string;
                            text: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            nodeUrl: string | null;
                            languages: string[];
                            regimes: string[];
                            declarations: {
                                kind: string;
                                article?: string;
                                text: string;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/register/states/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A State with its authorities and contacts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ISO 3166-1 alpha-2 code */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            nodeUrl: string | null;
                            languages: string[];
                            regimes: string[];
                            declarations: {
                                kind: string;
                                article?: string;
                                text: string;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                        } & {
                            authorities: {
                                id: string;
                                stateCode: string;
                                /** @enum {string} */
                                type: "poc_24_7" | "central_authority" | "competent_authority" | "cert";
                                name: string;
                                languages: string[];
                                timezone: string;
                                contacts: {
                                    id: string;
                                    authorityId: string;
                                    name: string;
                                    role: string;
                                    email: string | null;
                                    phone: string | null;
                                    timezone: string | null;
                                    available24x7: boolean;
                                }[];
                                createdAt: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove a State that has no authorities left */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ISO 3166-1 alpha-2 code */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a State */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ISO 3166-1 alpha-2 code */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        nodeUrl?: string | null;
                        languages?: string[];
                        regimes?: ("uncc-2024" | "budapest-2001" | "eu-epor-2023-1543" | "eu-eio-2014-41")[];
                        declarations?: {
                            /** @enum {string} */
                            kind: "dual_criminality" | "channel" | "language" | "reservation" | "notification" | "other";
                            article?: string;
                            text: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            nodeUrl: string | null;
                            languages: string[];
                            regimes: string[];
                            declarations: {
                                kind: string;
                                article?: string;
                                text: string;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/register/states/{code}/authorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an authority to a State */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ISO 3166-1 alpha-2 code */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "poc_24_7" | "central_authority" | "competent_authority" | "cert";
                        name: string;
                        languages?: string[];
                        /** @description IANA time zone, e.g. Europe/Vienna */
                        timezone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            stateCode: string;
                            /** @enum {string} */
                            type: "poc_24_7" | "central_authority" | "competent_authority" | "cert";
                            name: string;
                            languages: string[];
                            timezone: string;
                            contacts: {
                                id: string;
                                authorityId: string;
                                name: string;
                                role: string;
                                email: string | null;
                                phone: string | null;
                                timezone: string | null;
                                available24x7: boolean;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/register/authorities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An authority with its contacts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            stateCode: string;
                            /** @enum {string} */
                            type: "poc_24_7" | "central_authority" | "competent_authority" | "cert";
                            name: string;
                            languages: string[];
                            timezone: string;
                            contacts: {
                                id: string;
                                authorityId: string;
                                name: string;
                                role: string;
                                email: string | null;
                                phone: string | null;
                                timezone: string | null;
                                available24x7: boolean;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove an authority no user or node identity refers to */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an authority */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type?: "poc_24_7" | "central_authority" | "competent_authority" | "cert";
                        name?: string;
                        languages?: string[];
                        /** @description IANA time zone, e.g. Europe/Vienna */
                        timezone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            stateCode: string;
                            /** @enum {string} */
                            type: "poc_24_7" | "central_authority" | "competent_authority" | "cert";
                            name: string;
                            languages: string[];
                            timezone: string;
                            contacts: {
                                id: string;
                                authorityId: string;
                                name: string;
                                role: string;
                                email: string | null;
                                phone: string | null;
                                timezone: string | null;
                                available24x7: boolean;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/register/authorities/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a contact (e.g. the 24/7 duty officer) to an authority */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        role: string;
                        email?: string | null;
                        phone?: string | null;
                        timezone?: string | null;
                        available24x7?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            authorityId: string;
                            name: string;
                            role: string;
                            email: string | null;
                            phone: string | null;
                            timezone: string | null;
                            available24x7: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/register/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a contact */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit events, filtered, oldest or newest first, paged by sequence number */
        get: {
            parameters: {
                query?: {
                    subjectType?: string;
                    subjectId?: string;
                    /** @description One action, or a prefix ending in `*` */
                    action?: string;
                    /** @description A username, or an actor's id */
                    actor?: string;
                    /** @description ISO-8601 instant, inclusive */
                    from?: string;
                    /** @description ISO-8601 instant, exclusive */
                    to?: string;
                    /** @description Default: oldest first */
                    order?: "oldest" | "newest";
                    /** @description The previous page's `next` */
                    cursor?: number;
                    /** @description Oldest first, after this event */
                    afterSeq?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: {
                                seq: number;
                                id: string;
                                at: string;
                                actorType: string;
                                actorId: string;
                                action: string;
                                subjectType: string;
                                subjectId: string;
                                legalBasis: string | null;
                                requestId: string | null;
                                details: {
                                    [key: string]: unknown;
                                };
                                prevHash: string;
                                hash: string;
                                actorName: string | null;
                            }[];
                            next: number | null;
                            /** @description `next` when oldest first (kept for clients that page with afterSeq) */
                            nextAfterSeq: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event that matches the filters, as CSV or JSON Lines (the export is recorded) */
        get: {
            parameters: {
                query?: {
                    subjectType?: string;
                    subjectId?: string;
                    /** @description One action, or a prefix ending in `*` */
                    action?: string;
                    /** @description A username, or an actor's id */
                    actor?: string;
                    /** @description ISO-8601 instant, inclusive */
                    from?: string;
                    /** @description ISO-8601 instant, exclusive */
                    to?: string;
                    /** @description Default: oldest first */
                    order?: "oldest" | "newest";
                    /** @description Default: csv */
                    format?: "csv" | "jsonl";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the bytes of the file, streamed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/jsonl": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                        "application/jsonl": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                        "application/jsonl": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                        "application/jsonl": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Walk the hash chain; names the first bad event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            checked: number;
                            problem?: string;
                            seq?: number;
                            eventId?: string | null;
                            message?: string;
                            head?: {
                                seq: number;
                                hash: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/federation/v1/card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This node's signed peer card */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the compact signed peer card (docs/FEDERATION.md §6.1) */
                            card: string;
                            /** @description what the other administrator confirms out of band */
                            fingerprint: string;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/federation/node": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This node's id, URL, keys and card fingerprint */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nodeId: string;
                            url: string;
                            state: string;
                            fingerprint: string;
                            card: string;
                            keys: {
                                kid: string;
                                /** @enum {string} */
                                use: "sig" | "enc";
                                /** @description the public key as a JWK (RFC 8037) */
                                jwk: {
                                    /** @enum {string} */
                                    kty: "OKP";
                                    crv: string;
                                    x: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @description the hosted authority it belongs to */
                                authority?: string;
                                /** @description ISO-8601 UTC instant */
                                notBefore: string;
                                /** @description ISO-8601 UTC instant */
                                notAfter?: string;
                                /** @enum {string} */
                                status: "active" | "retired" | "revoked";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/federation/keys/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate the node signing and encryption keys (old keys stay verifiable) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        authority?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keys: {
                                kid: string;
                                /** @enum {string} */
                                use: "sig" | "enc";
                                /** @description the public key as a JWK (RFC 8037) */
                                jwk: {
                                    /** @enum {string} */
                                    kty: "OKP";
                                    crv: string;
                                    x: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @description the hosted authority it belongs to */
                                authority?: string;
                                /** @description ISO-8601 UTC instant */
                                notBefore: string;
                                /** @description ISO-8601 UTC instant */
                                notAfter?: string;
                                /** @enum {string} */
                                status: "active" | "retired" | "revoked";
                            }[];
                            fingerprint: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/federation/peers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trusted peers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            peers: {
                                nodeId: string;
                                url: string;
                                state: string;
                                fingerprint: string;
                                /** @enum {string} */
                                status: "active" | "revoked";
                                authorities: {
                                    id: string;
                                    type: string;
                                    name: string;
                                }[];
                                keys: {
                                    kid: string;
                                    /** @enum {string} */
                                    use: "sig" | "enc";
                                    /** @description the public key as a JWK (RFC 8037) */
                                    jwk: {
                                        /** @enum {string} */
                                        kty: "OKP";
                                        crv: string;
                                        x: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    /** @description the hosted authority it belongs to */
                                    authority?: string;
                                    /** @description ISO-8601 UTC instant */
                                    notBefore: string;
                                    /** @description ISO-8601 UTC instant */
                                    notAfter?: string;
                                    /** @enum {string} */
                                    status: "active" | "retired" | "revoked";
                                }[];
                                delivery: {
                                    /** @description failed delivery attempts in a row */
                                    failures: number;
                                    nextAttemptAt: string | null;
                                    lastError: string | null;
                                    /** @description messages waiting for delivery */
                                    backlog: number;
                                    oldestUndeliveredAt: string | null;
                                    lastDeliveredAt: string | null;
                                    /**
                                     * @description closed: delivering; open: waiting before the next try; half_open: one probe at a time
                                     * @enum {string}
                                     */
                                    breaker: "closed" | "open" | "half_open";
                                };
                                /** @description ISO-8601 UTC instant */
                                addedAt: string;
                                /** @description ISO-8601 UTC instant */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Trust a peer from its signed card and the fingerprint confirmed out of band */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        card: string;
                        fingerprint: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nodeId: string;
                            url: string;
                            state: string;
                            fingerprint: string;
                            /** @enum {string} */
                            status: "active" | "revoked";
                            authorities: {
                                id: string;
                                type: string;
                                name: string;
                            }[];
                            keys: {
                                kid: string;
                                /** @enum {string} */
                                use: "sig" | "enc";
                                /** @description the public key as a JWK (RFC 8037) */
                                jwk: {
                                    /** @enum {string} */
                                    kty: "OKP";
                                    crv: string;
                                    x: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @description the hosted authority it belongs to */
                                authority?: string;
                                /** @description ISO-8601 UTC instant */
                                notBefore: string;
                                /** @description ISO-8601 UTC instant */
                                notAfter?: string;
                                /** @enum {string} */
                                status: "active" | "retired" | "revoked";
                            }[];
                            delivery: {
                                /** @description failed delivery attempts in a row */
                                failures: number;
                                nextAttemptAt: string | null;
                                lastError: string | null;
                                /** @description messages waiting for delivery */
                                backlog: number;
                                oldestUndeliveredAt: string | null;
                                lastDeliveredAt: string | null;
                                /**
                                 * @description closed: delivering; open: waiting before the next try; half_open: one probe at a time
                                 * @enum {string}
                                 */
                                breaker: "closed" | "open" | "half_open";
                            };
                            /** @description ISO-8601 UTC instant */
                            addedAt: string;
                            /** @description ISO-8601 UTC instant */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/federation/peers/{nodeId}/card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a peer's card with a newer one signed by a key already trusted */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    nodeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        card: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nodeId: string;
                            url: string;
                            state: string;
                            fingerprint: string;
                            /** @enum {string} */
                            status: "active" | "revoked";
                            authorities: {
                                id: string;
                                type: string;
                                name: string;
                            }[];
                            keys: {
                                kid: string;
                                /** @enum {string} */
                                use: "sig" | "enc";
                                /** @description the public key as a JWK (RFC 8037) */
                                jwk: {
                                    /** @enum {string} */
                                    kty: "OKP";
                                    crv: string;
                                    x: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @description the hosted authority it belongs to */
                                authority?: string;
                                /** @description ISO-8601 UTC instant */
                                notBefore: string;
                                /** @description ISO-8601 UTC instant */
                                notAfter?: string;
                                /** @enum {string} */
                                status: "active" | "retired" | "revoked";
                            }[];
                            delivery: {
                                /** @description failed delivery attempts in a row */
                                failures: number;
                                nextAttemptAt: string | null;
                                lastError: string | null;
                                /** @description messages waiting for delivery */
                                backlog: number;
                                oldestUndeliveredAt: string | null;
                                lastDeliveredAt: string | null;
                                /**
                                 * @description closed: delivering; open: waiting before the next try; half_open: one probe at a time
                                 * @enum {string}
                                 */
                                breaker: "closed" | "open" | "half_open";
                            };
                            /** @description ISO-8601 UTC instant */
                            addedAt: string;
                            /** @description ISO-8601 UTC instant */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/federation/peers/{nodeId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop trusting a peer: its messages are held here and refused from it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    nodeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nodeId: string;
                            url: string;
                            state: string;
                            fingerprint: string;
                            /** @enum {string} */
                            status: "active" | "revoked";
                            authorities: {
                                id: string;
                                type: string;
                                name: string;
                            }[];
                            keys: {
                                kid: string;
                                /** @enum {string} */
                                use: "sig" | "enc";
                                /** @description the public key as a JWK (RFC 8037) */
                                jwk: {
                                    /** @enum {string} */
                                    kty: "OKP";
                                    crv: string;
                                    x: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @description the hosted authority it belongs to */
                                authority?: string;
                                /** @description ISO-8601 UTC instant */
                                notBefore: string;
                                /** @description ISO-8601 UTC instant */
                                notAfter?: string;
                                /** @enum {string} */
                                status: "active" | "retired" | "revoked";
                            }[];
                            delivery: {
                                /** @description failed delivery attempts in a row */
                                failures: number;
                                nextAttemptAt: string | null;
                                lastError: string | null;
                                /** @description messages waiting for delivery */
                                backlog: number;
                                oldestUndeliveredAt: string | null;
                                lastDeliveredAt: string | null;
                                /**
                                 * @description closed: delivering; open: waiting before the next try; half_open: one probe at a time
                                 * @enum {string}
                                 */
                                breaker: "closed" | "open" | "half_open";
                            };
                            /** @description ISO-8601 UTC instant */
                            addedAt: string;
                            /** @description ISO-8601 UTC instant */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/federation/peers/{nodeId}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue a signed, encrypted test message to a peer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    nodeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            messageId: string;
                            digest: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/federation/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outgoing messages, newest first */
        get: {
            parameters: {
                query?: {
                    peer?: string;
                    status?: "pending" | "accepted" | "rejected";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            messages: {
                                messageId: string;
                                peer: string;
                                type: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "rejected";
                                attempts: number;
                                /** @description ISO-8601 UTC instant */
                                createdAt: string;
                                acceptedAt: string | null;
                                lastError: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/federation/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery status of one outgoing message, with its signed receipts and alerts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    messageId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            messageId: string;
                            peer: string;
                            type: string;
                            digest: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "rejected";
                            attempts: number;
                            lastAttemptAt: string | null;
                            lastError: string | null;
                            /** @description ISO-8601 UTC instant */
                            createdAt: string;
                            /** @description ISO-8601 UTC instant */
                            expiresAt: string;
                            acceptedAt: string | null;
                            receipts: {
                                messageId: string;
                                /** @enum {string} */
                                direction: "sent" | "received";
                                /** @description accepted, delivered, opened or answered */
                                receiptType: string;
                                peer: string;
                                envelopeDigest: string;
                                /** @description ISO-8601 UTC instant */
                                signedAt: string;
                                /** @description the signed receipt (JWS) */
                                compact: string;
                                /** @description ISO-8601 UTC instant */
                                storedAt: string;
                            }[];
                            alerts: {
                                id: string;
                                messageId: string;
                                peer: string;
                                reason: string;
                                detail: string;
                                /** @description ISO-8601 UTC instant */
                                raisedAt: string;
                                resolvedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/federation/peers/{nodeId}/traffic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Messages exchanged with a peer per day, with delivery times, for the charts */
        get: {
            parameters: {
                query?: {
                    /** @description default 30 */
                    days?: number;
                };
                header?: never;
                path: {
                    nodeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            peer: string;
                            from: string;
                            to: string;
                            days: {
                                day: string;
                                /** @description messages queued for the peer that day */
                                sent: number;
                                /** @description of those, accepted by the peer */
                                delivered: number;
                                /** @description of those, refused by the peer for good */
                                rejected: number;
                                /** @description of those, still waiting for delivery */
                                waiting: number;
                                /** @description messages from the peer received that day */
                                received: number;
                                deliveryTimes: {
                                    median: number;
                                    p95: number;
                                    max: number;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/federation/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery alerts for the 24/7 officer (messages waiting too long or refused) */
        get: {
            parameters: {
                query?: {
                    open?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alerts: {
                                id: string;
                                messageId: string;
                                peer: string;
                                reason: string;
                                detail: string;
                                /** @description ISO-8601 UTC instant */
                                raisedAt: string;
                                resolvedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases you may see (assigned, or owned by your authority) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            reference: string;
                            title: string;
                            summary: string;
                            authorityId: string | null;
                            /** @enum {string} */
                            status: "open" | "closed";
                            personalData: boolean;
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                            members: {
                                userId: string;
                                /** @enum {string} */
                                caseRole: "lead" | "member";
                                addedAt: string;
                            }[];
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Open a case, owned by your authority, with you as its lead */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        summary?: string;
                        reference?: string;
                        /** @description the case holds personal data (default true): reads are then logged */
                        personalData?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            reference: string;
                            title: string;
                            summary: string;
                            authorityId: string | null;
                            /** @enum {string} */
                            status: "open" | "closed";
                            personalData: boolean;
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                            members: {
                                userId: string;
                                /** @enum {string} */
                                caseRole: "lead" | "member";
                                addedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case; reading a case with personal data is recorded in its access log */
        get: {
            parameters: {
                query?: {
                    purpose?: string;
                };
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            reference: string;
                            title: string;
                            summary: string;
                            authorityId: string | null;
                            /** @enum {string} */
                            status: "open" | "closed";
                            personalData: boolean;
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                            members: {
                                userId: string;
                                /** @enum {string} */
                                caseRole: "lead" | "member";
                                addedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change title, summary or status */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        summary?: string;
                        /** @enum {string} */
                        status?: "open" | "closed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            reference: string;
                            title: string;
                            summary: string;
                            authorityId: string | null;
                            /** @enum {string} */
                            status: "open" | "closed";
                            personalData: boolean;
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                            members: {
                                userId: string;
                                /** @enum {string} */
                                caseRole: "lead" | "member";
                                addedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/cases/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Assign a user to the case (or change their case role) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Identifier */
                        userId: string;
                        /** @enum {string} */
                        caseRole: "lead" | "member";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            reference: string;
                            title: string;
                            summary: string;
                            authorityId: string | null;
                            /** @enum {string} */
                            status: "open" | "closed";
                            personalData: boolean;
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                            members: {
                                userId: string;
                                /** @enum {string} */
                                caseRole: "lead" | "member";
                                addedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a user from the case */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                    /** @description Identifier */
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            reference: string;
                            title: string;
                            summary: string;
                            authorityId: string | null;
                            /** @enum {string} */
                            status: "open" | "closed";
                            personalData: boolean;
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                            members: {
                                userId: string;
                                /** @enum {string} */
                                caseRole: "lead" | "member";
                                addedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who read this case, when, on which basis (for the DPO and auditors of its authority) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            actorType: string;
                            actorId: string;
                            requestId: string | null;
                            details: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft a cooperation request from a case, to another State, under a regime and instrument */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        regime: string;
                        instrument: string;
                        requestedState: string;
                        /** @enum {string} */
                        urgency?: "routine" | "urgent" | "emergency";
                        /** @description language the request is written in (ISO 639-1; default en) */
                        language?: string;
                        fields: {
                            [key: string]: unknown;
                        };
                        items: {
                            [key: string]: unknown;
                        }[];
                        offences: {
                            [key: string]: unknown;
                        }[];
                        linkedPreservationId?: string;
                        /** @description which of your roles you act in */
                        role?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description message id, when the action was sent to the requested node to decide */
                            forwardedAs?: string;
                            id: string;
                            caseId: string | null;
                            /** @enum {string} */
                            side: "requesting" | "requested";
                            state: {
                                requestId: string;
                                regime: string;
                                instrument: string;
                                requestingState: string;
                                requestedState: string;
                                timeZones: {
                                    requesting: string;
                                    requested: string;
                                };
                                /** @enum {string} */
                                channel: "poc_to_poc" | "ca_to_ca" | "authority_to_authority" | "authority_to_provider" | "judicial_to_judicial" | "police_to_police" | "none";
                                /** @enum {string} */
                                urgency: "routine" | "urgent" | "emergency";
                                /** @description ISO 639-1 */
                                language: string;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "received" | "under_review" | "information_requested" | "in_consultation" | "accepted" | "in_execution" | "partially_executed" | "executed" | "results_transmitted" | "postponed" | "refused" | "withdrawn" | "closed";
                                /** @enum {string} */
                                resumeStatus?: "draft" | "submitted" | "received" | "under_review" | "information_requested" | "in_consultation" | "accepted" | "in_execution" | "partially_executed" | "executed" | "results_transmitted" | "postponed" | "refused" | "withdrawn" | "closed";
                                preservation: ("pending" | "active" | "expiring" | "follow_up_received" | "extended" | "lapsed" | "released") | null;
                                fields: {
                                    [key: string]: unknown;
                                };
                                offences: {
                                    /** @description catalogue code, e.g. UNCC-7 */
                                    code: string;
                                    provision?: string;
                                    maxPenaltyYears?: number;
                                    conduct?: string[];
                                    elements?: {
                                        [key: string]: boolean;
                                    };
                                }[];
                                items: {
                                    id: string;
                                    description: string;
                                    /** @enum {string} */
                                    dataCategory?: "subscriber" | "traffic" | "content" | "other";
                                    personalData?: boolean;
                                    /** @enum {string} */
                                    status: "pending" | "executed" | "refused";
                                    ground?: string;
                                    reasons?: string;
                                    note?: string;
                                }[];
                                deadlines: {
                                    id: string;
                                    label: string;
                                    kind: string;
                                    /** @enum {string} */
                                    unit: "calendar_days" | "working_days" | "hours";
                                    amount: number | null;
                                    /** @description ISO-8601 UTC instant */
                                    startedAt: string;
                                    dueAt: string | null;
                                    /** @description the legal source of the time limit */
                                    source: string;
                                    /** @enum {string} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    afterwards?: string;
                                    /** @enum {string} */
                                    status: "running" | "suspended" | "stopped";
                                    /** @description ISO-8601 UTC instant */
                                    suspendedSince?: string;
                                    extensions: number;
                                    local?: {
                                        requesting: string;
                                        requested: string;
                                    };
                                }[];
                                conditions: {
                                    id: string;
                                    text: string;
                                    /** @enum {string} */
                                    kind: "use_limitation" | "confidentiality" | "retention" | "procedure" | "other";
                                }[];
                                conditionsAgreed: boolean;
                                consultations: {
                                    id: string;
                                    /** @enum {string} */
                                    topic: "refusal" | "postponement" | "partial_execution" | "conditions";
                                    proposal: string;
                                    itemIds: string[];
                                    /** @description ISO-8601 UTC instant */
                                    openedAt: string;
                                    /** @description ISO-8601 UTC instant */
                                    concludedAt?: string;
                                    /** @enum {string} */
                                    outcome?: "agreed" | "not_agreed" | "withdrawn_by_requester";
                                    summary?: string;
                                }[];
                                informationRequests: {
                                    id: string;
                                    question: string;
                                    /** @description ISO-8601 UTC instant */
                                    askedAt: string;
                                    /** @description ISO-8601 UTC instant */
                                    answeredAt?: string;
                                    answer?: string;
                                }[];
                                screening: {
                                    questionId: string;
                                    concern: boolean;
                                    note?: string;
                                }[];
                                refusal?: {
                                    ground: string;
                                    reasons: string;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                };
                                postponement?: {
                                    ground: string;
                                    reasons: string;
                                    until?: string;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                };
                                withdrawal?: {
                                    reason: string;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                };
                                transmitted: {
                                    itemId: string;
                                    dataItemId: string;
                                    sha256?: string;
                                    conditions: {
                                        purpose: string;
                                        retentionUntil: string | null;
                                        /** @enum {string} */
                                        onwardTransfer: "forbidden" | "with_prior_consent" | "allowed";
                                        /** @enum {string} */
                                        consentForm: "written" | "any";
                                        personalDataCategories: string[];
                                        source: string;
                                        /** @enum {string} */
                                        confidence: "checked" | "secondary" | "unconfirmed";
                                    };
                                }[];
                                trafficDisclosures: {
                                    providers: string[];
                                    path: string;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                }[];
                                linkedPreservationId?: string;
                                followUpRequestId?: string;
                                /** @enum {string} */
                                writtenConfirmation: "not_required" | "pending" | "received";
                                writtenConfirmationReference?: string;
                                /** @description ISO-8601 UTC instant */
                                submittedAt?: string;
                                /** @description ISO-8601 UTC instant */
                                receivedAt?: string;
                                /** @description ISO-8601 UTC instant */
                                decidedAt?: string;
                                /** @description ISO-8601 UTC instant */
                                closedAt?: string;
                                escalations: {
                                    level: number;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                    notified: string[];
                                }[];
                                /** @description number of events folded into this state */
                                version: number;
                                /** @description ISO-8601 UTC instant */
                                lastEventAt: string;
                            };
                            /** @description ISO-8601 UTC instant */
                            createdAt: string;
                            /** @description ISO-8601 UTC instant */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests in the cases you may see and your inbox, most recently changed first; when more remain, a `Link: <…>; rel="next"` header gives the next page */
        get: {
            parameters: {
                query?: {
                    status?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description message id, when the action was sent to the requested node to decide */
                            forwardedAs?: string;
                            id: string;
                            caseId: string | null;
                            /** @enum {string} */
                            side: "requesting" | "requested";
                            state: {
                                requestId: string;
                                regime: string;
                                instrument: string;
                                requestingState: string;
                                requestedState: string;
                                timeZones: {
                                    requesting: string;
                                    requested: string;
                                };
                                /** @enum {string} */
                                channel: "poc_to_poc" | "ca_to_ca" | "authority_to_authority" | "authority_to_provider" | "judicial_to_judicial" | "police_to_police" | "none";
                                /** @enum {string} */
                                urgency: "routine" | "urgent" | "emergency";
                                /** @description ISO 639-1 */
                                language: string;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "received" | "under_review" | "information_requested" | "in_consultation" | "accepted" | "in_execution" | "partially_executed" | "executed" | "results_transmitted" | "postponed" | "refused" | "withdrawn" | "closed";
                                /** @enum {string} */
                                resumeStatus?: "draft" | "submitted" | "received" | "under_review" | "information_requested" | "in_consultation" | "accepted" | "in_execution" | "partially_executed" | "executed" | "results_transmitted" | "postponed" | "refused" | "withdrawn" | "closed";
                                preservation: ("pending" | "active" | "expiring" | "follow_up_received" | "extended" | "lapsed" | "released") | null;
                                fields: {
                                    [key: string]: unknown;
                                };
                                offences: {
                                    /** @description catalogue code, e.g. UNCC-7 */
                                    code: string;
                                    provision?: string;
                                    maxPenaltyYears?: number;
                                    conduct?: string[];
                                    elements?: {
                                        [key: string]: boolean;
                                    };
                                }[];
                                items: {
                                    id: string;
                                    description: string;
                                    /** @enum {string} */
                                    dataCategory?: "subscriber" | "traffic" | "content" | "other";
                                    personalData?: boolean;
                                    /** @enum {string} */
                                    status: "pending" | "executed" | "refused";
                                    ground?: string;
                                    reasons?: string;
                                    note?: string;
                                }[];
                                deadlines: {
                                    id: string;
                                    label: string;
                                    kind: string;
                                    /** @enum {string} */
                                    unit: "calendar_days" | "working_days" | "hours";
                                    amount: number | null;
                                    /** @description ISO-8601 UTC instant */
                                    startedAt: string;
                                    dueAt: string | null;
                                    /** @description the legal source of the time limit */
                                    source: string;
                                    /** @enum {string} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    afterwards?: string;
                                    /** @enum {string} */
                                    status: "running" | "suspended" | "stopped";
                                    /** @description ISO-8601 UTC instant */
                                    suspendedSince?: string;
                                    extensions: number;
                                    local?: {
                                        requesting: string;
                                        requested: string;
                                    };
                                }[];
                                conditions: {
                                    id: string;
                                    text: string;
                                    /** @enum {string} */
                                    kind: "use_limitation" | "confidentiality" | "retention" | "procedure" | "other";
                                }[];
                                conditionsAgreed: boolean;
                                consultations: {
                                    id: string;
                                    /** @enum {string} */
                                    topic: "refusal" | "postponement" | "partial_execution" | "conditions";
                                    proposal: string;
                                    itemIds: string[];
                                    /** @description ISO-8601 UTC instant */
                                    openedAt: string;
                                    /** @description ISO-8601 UTC instant */
                                    concludedAt?: string;
                                    /** @enum {string} */
                                    outcome?: "agreed" | "not_agreed" | "withdrawn_by_requester";
                                    summary?: string;
                                }[];
                                informationRequests: {
                                    id: string;
                                    question: string;
                                    /** @description ISO-8601 UTC instant */
                                    askedAt: string;
                                    /** @description ISO-8601 UTC instant */
                                    answeredAt?: string;
                                    answer?: string;
                                }[];
                                screening: {
                                    questionId: string;
                                    concern: boolean;
                                    note?: string;
                                }[];
                                refusal?: {
                                    ground: string;
                                    reasons: string;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                };
                                postponement?: {
                                    ground: string;
                                    reasons: string;
                                    until?: string;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                };
                                withdrawal?: {
                                    reason: string;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                };
                                transmitted: {
                                    itemId: string;
                                    dataItemId: string;
                                    sha256?: string;
                                    conditions: {
                                        purpose: string;
                                        retentionUntil: string | null;
                                        /** @enum {string} */
                                        onwardTransfer: "forbidden" | "with_prior_consent" | "allowed";
                                        /** @enum {string} */
                                        consentForm: "written" | "any";
                                        personalDataCategories: string[];
                                        source: string;
                                        /** @enum {string} */
                                        confidence: "checked" | "secondary" | "unconfirmed";
                                    };
                                }[];
                                trafficDisclosures: {
                                    providers: string[];
                                    path: string;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                }[];
                                linkedPreservationId?: string;
                                followUpRequestId?: string;
                                /** @enum {string} */
                                writtenConfirmation: "not_required" | "pending" | "received";
                                writtenConfirmationReference?: string;
                                /** @description ISO-8601 UTC instant */
                                submittedAt?: string;
                                /** @description ISO-8601 UTC instant */
                                receivedAt?: string;
                                /** @description ISO-8601 UTC instant */
                                decidedAt?: string;
                                /** @description ISO-8601 UTC instant */
                                closedAt?: string;
                                escalations: {
                                    level: number;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                    notified: string[];
                                }[];
                                /** @description number of events folded into this state */
                                version: number;
                                /** @description ISO-8601 UTC instant */
                                lastEventAt: string;
                            };
                            /** @description ISO-8601 UTC instant */
                            createdAt: string;
                            /** @description ISO-8601 UTC instant */
                            updatedAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A request and its derived state (the first time a person of the requested State opens it, the sender gets the signed "opened" receipt) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description message id, when the action was sent to the requested node to decide */
                            forwardedAs?: string;
                            id: string;
                            caseId: string | null;
                            /** @enum {string} */
                            side: "requesting" | "requested";
                            state: {
                                requestId: string;
                                regime: string;
                                instrument: string;
                                requestingState: string;
                                requestedState: string;
                                timeZones: {
                                    requesting: string;
                                    requested: string;
                                };
                                /** @enum {string} */
                                channel: "poc_to_poc" | "ca_to_ca" | "authority_to_authority" | "authority_to_provider" | "judicial_to_judicial" | "police_to_police" | "none";
                                /** @enum {string} */
                                urgency: "routine" | "urgent" | "emergency";
                                /** @description ISO 639-1 */
                                language: string;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "received" | "under_review" | "information_requested" | "in_consultation" | "accepted" | "in_execution" | "partially_executed" | "executed" | "results_transmitted" | "postponed" | "refused" | "withdrawn" | "closed";
                                /** @enum {string} */
                                resumeStatus?: "draft" | "submitted" | "received" | "under_review" | "information_requested" | "in_consultation" | "accepted" | "in_execution" | "partially_executed" | "executed" | "results_transmitted" | "postponed" | "refused" | "withdrawn" | "closed";
                                preservation: ("pending" | "active" | "expiring" | "follow_up_received" | "extended" | "lapsed" | "released") | null;
                                fields: {
                                    [key: string]: unknown;
                                };
                                offences: {
                                    /** @description catalogue code, e.g. UNCC-7 */
                                    code: string;
                                    provision?: string;
                                    maxPenaltyYears?: number;
                                    conduct?: string[];
                                    elements?: {
                                        [key: string]: boolean;
                                    };
                                }[];
                                items: {
                                    id: string;
                                    description: string;
                                    /** @enum {string} */
                                    dataCategory?: "subscriber" | "traffic" | "content" | "other";
                                    personalData?: boolean;
                                    /** @enum {string} */
                                    status: "pending" | "executed" | "refused";
                                    ground?: string;
                                    reasons?: string;
                                    note?: string;
                                }[];
                                deadlines: {
                                    id: string;
                                    label: string;
                                    kind: string;
                                    /** @enum {string} */
                                    unit: "calendar_days" | "working_days" | "hours";
                                    amount: number | null;
                                    /** @description ISO-8601 UTC instant */
                                    startedAt: string;
                                    dueAt: string | null;
                                    /** @description the legal source of the time limit */
                                    source: string;
                                    /** @enum {string} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    afterwards?: string;
                                    /** @enum {string} */
                                    status: "running" | "suspended" | "stopped";
                                    /** @description ISO-8601 UTC instant */
                                    suspendedSince?: string;
                                    extensions: number;
                                    local?: {
                                        requesting: string;
                                        requested: string;
                                    };
                                }[];
                                conditions: {
                                    id: string;
                                    text: string;
                                    /** @enum {string} */
                                    kind: "use_limitation" | "confidentiality" | "retention" | "procedure" | "other";
                                }[];
                                conditionsAgreed: boolean;
                                consultations: {
                                    id: string;
                                    /** @enum {string} */
                                    topic: "refusal" | "postponement" | "partial_execution" | "conditions";
                                    proposal: string;
                                    itemIds: string[];
                                    /** @description ISO-8601 UTC instant */
                                    openedAt: string;
                                    /** @description ISO-8601 UTC instant */
                                    concludedAt?: string;
                                    /** @enum {string} */
                                    outcome?: "agreed" | "not_agreed" | "withdrawn_by_requester";
                                    summary?: string;
                                }[];
                                informationRequests: {
                                    id: string;
                                    question: string;
                                    /** @description ISO-8601 UTC instant */
                                    askedAt: string;
                                    /** @description ISO-8601 UTC instant */
                                    answeredAt?: string;
                                    answer?: string;
                                }[];
                                screening: {
                                    questionId: string;
                                    concern: boolean;
                                    note?: string;
                                }[];
                                refusal?: {
                                    ground: string;
                                    reasons: string;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                };
                                postponement?: {
                                    ground: string;
                                    reasons: string;
                                    until?: string;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                };
                                withdrawal?: {
                                    reason: string;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                };
                                transmitted: {
                                    itemId: string;
                                    dataItemId: string;
                                    sha256?: string;
                                    conditions: {
                                        purpose: string;
                                        retentionUntil: string | null;
                                        /** @enum {string} */
                                        onwardTransfer: "forbidden" | "with_prior_consent" | "allowed";
                                        /** @enum {string} */
                                        consentForm: "written" | "any";
                                        personalDataCategories: string[];
                                        source: string;
                                        /** @enum {string} */
                                        confidence: "checked" | "secondary" | "unconfirmed";
                                    };
                                }[];
                                trafficDisclosures: {
                                    providers: string[];
                                    path: string;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                }[];
                                linkedPreservationId?: string;
                                followUpRequestId?: string;
                                /** @enum {string} */
                                writtenConfirmation: "not_required" | "pending" | "received";
                                writtenConfirmationReference?: string;
                                /** @description ISO-8601 UTC instant */
                                submittedAt?: string;
                                /** @description ISO-8601 UTC instant */
                                receivedAt?: string;
                                /** @description ISO-8601 UTC instant */
                                decidedAt?: string;
                                /** @description ISO-8601 UTC instant */
                                closedAt?: string;
                                escalations: {
                                    level: number;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                    notified: string[];
                                }[];
                                /** @description number of events folded into this state */
                                version: number;
                                /** @description ISO-8601 UTC instant */
                                lastEventAt: string;
                            };
                            /** @description ISO-8601 UTC instant */
                            createdAt: string;
                            /** @description ISO-8601 UTC instant */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which lifecycle actions you may take now, decided by the legal core; a closed one says why (wrong status, side or role) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            type: "accept" | "agree_conditions" | "amend" | "answer_screening" | "close" | "conclude_consultation" | "confirm_in_writing" | "confirm_preservation" | "disclose_traffic" | "execute_item" | "extend_deadline" | "extend_preservation" | "open_consultation" | "postpone" | "provide_information" | "record_follow_up" | "refuse_item" | "refuse" | "release_preservation" | "request_information" | "resume" | "start_execution" | "start_review" | "submit" | "transmit_results" | "withdraw";
                            available: boolean;
                            /** @description your roles under which it is open */
                            roles: string[];
                            reason?: {
                                code: string;
                                message: string;
                            };
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Apply a lifecycle action (submit, acknowledge, accept, refuse, …); 409 when the request changed meanwhile */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        action: {
                            /** @enum {string} */
                            type: "accept" | "agree_conditions" | "amend" | "answer_screening" | "close" | "conclude_consultation" | "confirm_in_writing" | "confirm_preservation" | "disclose_traffic" | "execute_item" | "extend_deadline" | "extend_preservation" | "open_consultation" | "postpone" | "provide_information" | "record_follow_up" | "refuse_item" | "refuse" | "release_preservation" | "request_information" | "resume" | "start_execution" | "start_review" | "submit" | "transmit_results" | "withdraw";
                        } & {
                            [key: string]: unknown;
                        };
                        expectedVersion?: number;
                        role?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description message id, when the action was sent to the requested node to decide */
                            forwardedAs?: string;
                            id: string;
                            caseId: string | null;
                            /** @enum {string} */
                            side: "requesting" | "requested";
                            state: {
                                requestId: string;
                                regime: string;
                                instrument: string;
                                requestingState: string;
                                requestedState: string;
                                timeZones: {
                                    requesting: string;
                                    requested: string;
                                };
                                /** @enum {string} */
                                channel: "poc_to_poc" | "ca_to_ca" | "authority_to_authority" | "authority_to_provider" | "judicial_to_judicial" | "police_to_police" | "none";
                                /** @enum {string} */
                                urgency: "routine" | "urgent" | "emergency";
                                /** @description ISO 639-1 */
                                language: string;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "received" | "under_review" | "information_requested" | "in_consultation" | "accepted" | "in_execution" | "partially_executed" | "executed" | "results_transmitted" | "postponed" | "refused" | "withdrawn" | "closed";
                                /** @enum {string} */
                                resumeStatus?: "draft" | "submitted" | "received" | "under_review" | "information_requested" | "in_consultation" | "accepted" | "in_execution" | "partially_executed" | "executed" | "results_transmitted" | "postponed" | "refused" | "withdrawn" | "closed";
                                preservation: ("pending" | "active" | "expiring" | "follow_up_received" | "extended" | "lapsed" | "released") | null;
                                fields: {
                                    [key: string]: unknown;
                                };
                                offences: {
                                    /** @description catalogue code, e.g. UNCC-7 */
                                    code: string;
                                    provision?: string;
                                    maxPenaltyYears?: number;
                                    conduct?: string[];
                                    elements?: {
                                        [key: string]: boolean;
                                    };
                                }[];
                                items: {
                                    id: string;
                                    description: string;
                                    /** @enum {string} */
                                    dataCategory?: "subscriber" | "traffic" | "content" | "other";
                                    personalData?: boolean;
                                    /** @enum {string} */
                                    status: "pending" | "executed" | "refused";
                                    ground?: string;
                                    reasons?: string;
                                    note?: string;
                                }[];
                                deadlines: {
                                    id: string;
                                    label: string;
                                    kind: string;
                                    /** @enum {string} */
                                    unit: "calendar_days" | "working_days" | "hours";
                                    amount: number | null;
                                    /** @description ISO-8601 UTC instant */
                                    startedAt: string;
                                    dueAt: string | null;
                                    /** @description the legal source of the time limit */
                                    source: string;
                                    /** @enum {string} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    afterwards?: string;
                                    /** @enum {string} */
                                    status: "running" | "suspended" | "stopped";
                                    /** @description ISO-8601 UTC instant */
                                    suspendedSince?: string;
                                    extensions: number;
                                    local?: {
                                        requesting: string;
                                        requested: string;
                                    };
                                }[];
                                conditions: {
                                    id: string;
                                    text: string;
                                    /** @enum {string} */
                                    kind: "use_limitation" | "confidentiality" | "retention" | "procedure" | "other";
                                }[];
                                conditionsAgreed: boolean;
                                consultations: {
                                    id: string;
                                    /** @enum {string} */
                                    topic: "refusal" | "postponement" | "partial_execution" | "conditions";
                                    proposal: string;
                                    itemIds: string[];
                                    /** @description ISO-8601 UTC instant */
                                    openedAt: string;
                                    /** @description ISO-8601 UTC instant */
                                    concludedAt?: string;
                                    /** @enum {string} */
                                    outcome?: "agreed" | "not_agreed" | "withdrawn_by_requester";
                                    summary?: string;
                                }[];
                                informationRequests: {
                                    id: string;
                                    question: string;
                                    /** @description ISO-8601 UTC instant */
                                    askedAt: string;
                                    /** @description ISO-8601 UTC instant */
                                    answeredAt?: string;
                                    answer?: string;
                                }[];
                                screening: {
                                    questionId: string;
                                    concern: boolean;
                                    note?: string;
                                }[];
                                refusal?: {
                                    ground: string;
                                    reasons: string;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                };
                                postponement?: {
                                    ground: string;
                                    reasons: string;
                                    until?: string;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                };
                                withdrawal?: {
                                    reason: string;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                };
                                transmitted: {
                                    itemId: string;
                                    dataItemId: string;
                                    sha256?: string;
                                    conditions: {
                                        purpose: string;
                                        retentionUntil: string | null;
                                        /** @enum {string} */
                                        onwardTransfer: "forbidden" | "with_prior_consent" | "allowed";
                                        /** @enum {string} */
                                        consentForm: "written" | "any";
                                        personalDataCategories: string[];
                                        source: string;
                                        /** @enum {string} */
                                        confidence: "checked" | "secondary" | "unconfirmed";
                                    };
                                }[];
                                trafficDisclosures: {
                                    providers: string[];
                                    path: string;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                }[];
                                linkedPreservationId?: string;
                                followUpRequestId?: string;
                                /** @enum {string} */
                                writtenConfirmation: "not_required" | "pending" | "received";
                                writtenConfirmationReference?: string;
                                /** @description ISO-8601 UTC instant */
                                submittedAt?: string;
                                /** @description ISO-8601 UTC instant */
                                receivedAt?: string;
                                /** @description ISO-8601 UTC instant */
                                decidedAt?: string;
                                /** @description ISO-8601 UTC instant */
                                closedAt?: string;
                                escalations: {
                                    level: number;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                    notified: string[];
                                }[];
                                /** @description number of events folded into this state */
                                version: number;
                                /** @description ISO-8601 UTC instant */
                                lastEventAt: string;
                            };
                            /** @description ISO-8601 UTC instant */
                            createdAt: string;
                            /** @description ISO-8601 UTC instant */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description message id, when the action was sent to the requested node to decide */
                            forwardedAs?: string;
                            id: string;
                            caseId: string | null;
                            /** @enum {string} */
                            side: "requesting" | "requested";
                            state: {
                                requestId: string;
                                regime: string;
                                instrument: string;
                                requestingState: string;
                                requestedState: string;
                                timeZones: {
                                    requesting: string;
                                    requested: string;
                                };
                                /** @enum {string} */
                                channel: "poc_to_poc" | "ca_to_ca" | "authority_to_authority" | "authority_to_provider" | "judicial_to_judicial" | "police_to_police" | "none";
                                /** @enum {string} */
                                urgency: "routine" | "urgent" | "emergency";
                                /** @description ISO 639-1 */
                                language: string;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "received" | "under_review" | "information_requested" | "in_consultation" | "accepted" | "in_execution" | "partially_executed" | "executed" | "results_transmitted" | "postponed" | "refused" | "withdrawn" | "closed";
                                /** @enum {string} */
                                resumeStatus?: "draft" | "submitted" | "received" | "under_review" | "information_requested" | "in_consultation" | "accepted" | "in_execution" | "partially_executed" | "executed" | "results_transmitted" | "postponed" | "refused" | "withdrawn" | "closed";
                                preservation: ("pending" | "active" | "expiring" | "follow_up_received" | "extended" | "lapsed" | "released") | null;
                                fields: {
                                    [key: string]: unknown;
                                };
                                offences: {
                                    /** @description catalogue code, e.g. UNCC-7 */
                                    code: string;
                                    provision?: string;
                                    maxPenaltyYears?: number;
                                    conduct?: string[];
                                    elements?: {
                                        [key: string]: boolean;
                                    };
                                }[];
                                items: {
                                    id: string;
                                    description: string;
                                    /** @enum {string} */
                                    dataCategory?: "subscriber" | "traffic" | "content" | "other";
                                    personalData?: boolean;
                                    /** @enum {string} */
                                    status: "pending" | "executed" | "refused";
                                    ground?: string;
                                    reasons?: string;
                                    note?: string;
                                }[];
                                deadlines: {
                                    id: string;
                                    label: string;
                                    kind: string;
                                    /** @enum {string} */
                                    unit: "calendar_days" | "working_days" | "hours";
                                    amount: number | null;
                                    /** @description ISO-8601 UTC instant */
                                    startedAt: string;
                                    dueAt: string | null;
                                    /** @description the legal source of the time limit */
                                    source: string;
                                    /** @enum {string} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    afterwards?: string;
                                    /** @enum {string} */
                                    status: "running" | "suspended" | "stopped";
                                    /** @description ISO-8601 UTC instant */
                                    suspendedSince?: string;
                                    extensions: number;
                                    local?: {
                                        requesting: string;
                                        requested: string;
                                    };
                                }[];
                                conditions: {
                                    id: string;
                                    text: string;
                                    /** @enum {string} */
                                    kind: "use_limitation" | "confidentiality" | "retention" | "procedure" | "other";
                                }[];
                                conditionsAgreed: boolean;
                                consultations: {
                                    id: string;
                                    /** @enum {string} */
                                    topic: "refusal" | "postponement" | "partial_execution" | "conditions";
                                    proposal: string;
                                    itemIds: string[];
                                    /** @description ISO-8601 UTC instant */
                                    openedAt: string;
                                    /** @description ISO-8601 UTC instant */
                                    concludedAt?: string;
                                    /** @enum {string} */
                                    outcome?: "agreed" | "not_agreed" | "withdrawn_by_requester";
                                    summary?: string;
                                }[];
                                informationRequests: {
                                    id: string;
                                    question: string;
                                    /** @description ISO-8601 UTC instant */
                                    askedAt: string;
                                    /** @description ISO-8601 UTC instant */
                                    answeredAt?: string;
                                    answer?: string;
                                }[];
                                screening: {
                                    questionId: string;
                                    concern: boolean;
                                    note?: string;
                                }[];
                                refusal?: {
                                    ground: string;
                                    reasons: string;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                };
                                postponement?: {
                                    ground: string;
                                    reasons: string;
                                    until?: string;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                };
                                withdrawal?: {
                                    reason: string;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                };
                                transmitted: {
                                    itemId: string;
                                    dataItemId: string;
                                    sha256?: string;
                                    conditions: {
                                        purpose: string;
                                        retentionUntil: string | null;
                                        /** @enum {string} */
                                        onwardTransfer: "forbidden" | "with_prior_consent" | "allowed";
                                        /** @enum {string} */
                                        consentForm: "written" | "any";
                                        personalDataCategories: string[];
                                        source: string;
                                        /** @enum {string} */
                                        confidence: "checked" | "secondary" | "unconfirmed";
                                    };
                                }[];
                                trafficDisclosures: {
                                    providers: string[];
                                    path: string;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                }[];
                                linkedPreservationId?: string;
                                followUpRequestId?: string;
                                /** @enum {string} */
                                writtenConfirmation: "not_required" | "pending" | "received";
                                writtenConfirmationReference?: string;
                                /** @description ISO-8601 UTC instant */
                                submittedAt?: string;
                                /** @description ISO-8601 UTC instant */
                                receivedAt?: string;
                                /** @description ISO-8601 UTC instant */
                                decidedAt?: string;
                                /** @description ISO-8601 UTC instant */
                                closedAt?: string;
                                escalations: {
                                    level: number;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                    notified: string[];
                                }[];
                                /** @description number of events folded into this state */
                                version: number;
                                /** @description ISO-8601 UTC instant */
                                lastEventAt: string;
                            };
                            /** @description ISO-8601 UTC instant */
                            createdAt: string;
                            /** @description ISO-8601 UTC instant */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/instrument": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The request's instrument as it applies between its two States (fields, deadlines, permitted grounds, roles), with its regime's grounds and screening questions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            regime: string;
                            regimeTitle: string;
                            instrument: string;
                            spec: {
                                title: string;
                                article: {
                                    value: string;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                available: {
                                    value: boolean;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                /** @enum {unknown} */
                                kind?: "preservation" | "disclosure" | "mla" | "emergency" | "spontaneous" | "police" | "joint" | "production";
                                channel?: {
                                    /** @enum {unknown} */
                                    value: "poc_to_poc" | "ca_to_ca" | "authority_to_authority" | "authority_to_provider" | "judicial_to_judicial" | "police_to_police" | "none";
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                alternativeChannels?: {
                                    value: ("poc_to_poc" | "ca_to_ca" | "authority_to_authority" | "authority_to_provider" | "judicial_to_judicial" | "police_to_police" | "none")[];
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                senderRoles?: {
                                    value: ("admin" | "poc_officer" | "central_authority" | "prosecutor" | "analyst" | "dpo" | "auditor" | "system")[];
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                receiverRoles?: {
                                    value: ("admin" | "poc_officer" | "central_authority" | "prosecutor" | "analyst" | "dpo" | "auditor" | "system")[];
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                coercive?: {
                                    value: boolean;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                fields?: {
                                    name: string;
                                    label: string;
                                    /** @enum {unknown} */
                                    type: "string" | "text" | "boolean" | "date" | "datetime" | "integer" | "string_list" | "offence_list" | "period" | "emergency_justification" | "data_items";
                                    required: boolean;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                }[];
                                deadlines?: {
                                    id: string;
                                    label: string;
                                    /** @enum {unknown} */
                                    from: "receipt" | "submission" | "decision" | "follow_up_received";
                                    amount: number | null;
                                    /** @enum {unknown} */
                                    unit: "calendar_days" | "working_days" | "hours";
                                    /** @enum {unknown} */
                                    kind: "time_limit" | "minimum_period" | "objection_window" | "target";
                                    /** @enum {unknown} */
                                    appliesWhen?: "always" | "emergency" | "non_emergency";
                                    afterwards?: string;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                }[];
                                extensions?: {
                                    deadline: string;
                                    amount: number | null;
                                    /** @enum {unknown} */
                                    unit: "calendar_days" | "working_days" | "hours";
                                    maxTimes: number | null;
                                    reasonsRequired: boolean;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                }[];
                                reminders?: {
                                    id: string;
                                    deadline: string;
                                    before: number;
                                    /** @enum {unknown} */
                                    unit: "calendar_days" | "working_days" | "hours";
                                    /** @enum {unknown} */
                                    action: "remind" | "escalate" | "mark_expiring";
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                }[];
                                refusalGrounds?: {
                                    value: string[];
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                postponementGrounds?: {
                                    value: string[];
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                consultBeforeRefusal?: {
                                    value: boolean;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                dualCriminality?: {
                                    /** @enum {unknown} */
                                    policy: "not_required" | "may_be_required" | "required_unless_listed" | "not_applicable";
                                    listedMinPenaltyYears?: number;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                requestConfidentiality?: {
                                    value: boolean;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                userNonNotification?: {
                                    value: boolean;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                acknowledgement?: {
                                    required: boolean;
                                    amount: number | null;
                                    /** @enum {unknown} */
                                    unit: "calendar_days" | "working_days" | "hours";
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                useLimitation?: {
                                    /** @enum {unknown} */
                                    value: "prior_consent" | "condition_possible" | "not_regulated";
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                onwardTransfer?: {
                                    /** @enum {unknown} */
                                    value: "forbidden" | "with_prior_consent" | "not_regulated";
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                writtenConfirmation?: {
                                    value: boolean;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                            };
                            grounds: {
                                code: string;
                                /** @enum {unknown} */
                                kind: "refusal" | "postponement" | "withholding" | "non_recognition" | "objection";
                                label: string;
                                source: string;
                                /** @enum {unknown} */
                                confidence: "checked" | "secondary" | "unconfirmed";
                                note?: string;
                            }[];
                            screening: {
                                id: string;
                                question: string;
                                source: string;
                                /** @enum {unknown} */
                                confidence: "checked" | "secondary" | "unconfirmed";
                                note?: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The federation messages that carried the request, each with its signed receipts (accepted, delivered, opened, answered) and the signing key fingerprints */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            messageId: string;
                            type: string;
                            /** @enum {string} */
                            direction: "out" | "in";
                            peer: string;
                            /** @description ISO-8601 UTC instant */
                            at: string;
                            rungs: {
                                /** @enum {string} */
                                rung: "accepted" | "delivered" | "opened" | "answered";
                                /** @description ISO-8601 UTC instant */
                                signedAt: string;
                                signedBy: string;
                                keyFingerprint: string;
                                /** @description the signed receipt (compact JWS) */
                                receipt: string;
                            }[];
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The append-only event log of a request */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": ({
                            type: string;
                            requestId: string;
                            /** @description ISO-8601 UTC instant */
                            at: string;
                            actor: {
                                role: string;
                                /** @enum {string} */
                                side: "requesting" | "requested";
                                userId?: string;
                                automatic?: boolean;
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Safeguards review: completeness, art. 24 statements, screening, confidentiality, dual criminality */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            requestId: string;
                            findings: {
                                code: string;
                                /** @enum {string} */
                                severity: "blocking" | "warning" | "info";
                                path: string;
                                message: string;
                                provision?: {
                                    /** @description the provision or document the value comes from */
                                    source: string;
                                    /** @enum {string} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                            }[];
                            dualCriminality: {
                                /** @enum {string} */
                                outcome: "satisfied" | "not_satisfied" | "not_required" | "cannot_decide";
                                reasons: string[];
                                provisions: {
                                    /** @description the provision or document the value comes from */
                                    source: string;
                                    /** @enum {string} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                }[];
                                offences: {
                                    code: string;
                                    /** @enum {string} */
                                    outcome: "satisfied" | "not_satisfied" | "not_required" | "cannot_decide";
                                    matched: {
                                        id: string;
                                        provision: string;
                                        maxPenaltyYears: number;
                                    }[];
                                    reasons: string[];
                                }[];
                            };
                            /** @description nothing blocks a decision (dual criminality is shown, not decided) */
                            readyForDecision: boolean;
                            /** @description nothing blocks sending (the checks submission applies; screening comes after receipt) */
                            readyToSend: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** File a request received from another State in a case of your authority (its execution file), so evidence can be filed against it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Identifier */
                        caseId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description message id, when the action was sent to the requested node to decide */
                            forwardedAs?: string;
                            id: string;
                            caseId: string | null;
                            /** @enum {string} */
                            side: "requesting" | "requested";
                            state: {
                                requestId: string;
                                regime: string;
                                instrument: string;
                                requestingState: string;
                                requestedState: string;
                                timeZones: {
                                    requesting: string;
                                    requested: string;
                                };
                                /** @enum {string} */
                                channel: "poc_to_poc" | "ca_to_ca" | "authority_to_authority" | "authority_to_provider" | "judicial_to_judicial" | "police_to_police" | "none";
                                /** @enum {string} */
                                urgency: "routine" | "urgent" | "emergency";
                                /** @description ISO 639-1 */
                                language: string;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "received" | "under_review" | "information_requested" | "in_consultation" | "accepted" | "in_execution" | "partially_executed" | "executed" | "results_transmitted" | "postponed" | "refused" | "withdrawn" | "closed";
                                /** @enum {string} */
                                resumeStatus?: "draft" | "submitted" | "received" | "under_review" | "information_requested" | "in_consultation" | "accepted" | "in_execution" | "partially_executed" | "executed" | "results_transmitted" | "postponed" | "refused" | "withdrawn" | "closed";
                                preservation: ("pending" | "active" | "expiring" | "follow_up_received" | "extended" | "lapsed" | "released") | null;
                                fields: {
                                    [key: string]: unknown;
                                };
                                offences: {
                                    /** @description catalogue code, e.g. UNCC-7 */
                                    code: string;
                                    provision?: string;
                                    maxPenaltyYears?: number;
                                    conduct?: string[];
                                    elements?: {
                                        [key: string]: boolean;
                                    };
                                }[];
                                items: {
                                    id: string;
                                    description: string;
                                    /** @enum {string} */
                                    dataCategory?: "subscriber" | "traffic" | "content" | "other";
                                    personalData?: boolean;
                                    /** @enum {string} */
                                    status: "pending" | "executed" | "refused";
                                    ground?: string;
                                    reasons?: string;
                                    note?: string;
                                }[];
                                deadlines: {
                                    id: string;
                                    label: string;
                                    kind: string;
                                    /** @enum {string} */
                                    unit: "calendar_days" | "working_days" | "hours";
                                    amount: number | null;
                                    /** @description ISO-8601 UTC instant */
                                    startedAt: string;
                                    dueAt: string | null;
                                    /** @description the legal source of the time limit */
                                    source: string;
                                    /** @enum {string} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    afterwards?: string;
                                    /** @enum {string} */
                                    status: "running" | "suspended" | "stopped";
                                    /** @description ISO-8601 UTC instant */
                                    suspendedSince?: string;
                                    extensions: number;
                                    local?: {
                                        requesting: string;
                                        requested: string;
                                    };
                                }[];
                                conditions: {
                                    id: string;
                                    text: string;
                                    /** @enum {string} */
                                    kind: "use_limitation" | "confidentiality" | "retention" | "procedure" | "other";
                                }[];
                                conditionsAgreed: boolean;
                                consultations: {
                                    id: string;
                                    /** @enum {string} */
                                    topic: "refusal" | "postponement" | "partial_execution" | "conditions";
                                    proposal: string;
                                    itemIds: string[];
                                    /** @description ISO-8601 UTC instant */
                                    openedAt: string;
                                    /** @description ISO-8601 UTC instant */
                                    concludedAt?: string;
                                    /** @enum {string} */
                                    outcome?: "agreed" | "not_agreed" | "withdrawn_by_requester";
                                    summary?: string;
                                }[];
                                informationRequests: {
                                    id: string;
                                    question: string;
                                    /** @description ISO-8601 UTC instant */
                                    askedAt: string;
                                    /** @description ISO-8601 UTC instant */
                                    answeredAt?: string;
                                    answer?: string;
                                }[];
                                screening: {
                                    questionId: string;
                                    concern: boolean;
                                    note?: string;
                                }[];
                                refusal?: {
                                    ground: string;
                                    reasons: string;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                };
                                postponement?: {
                                    ground: string;
                                    reasons: string;
                                    until?: string;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                };
                                withdrawal?: {
                                    reason: string;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                };
                                transmitted: {
                                    itemId: string;
                                    dataItemId: string;
                                    sha256?: string;
                                    conditions: {
                                        purpose: string;
                                        retentionUntil: string | null;
                                        /** @enum {string} */
                                        onwardTransfer: "forbidden" | "with_prior_consent" | "allowed";
                                        /** @enum {string} */
                                        consentForm: "written" | "any";
                                        personalDataCategories: string[];
                                        source: string;
                                        /** @enum {string} */
                                        confidence: "checked" | "secondary" | "unconfirmed";
                                    };
                                }[];
                                trafficDisclosures: {
                                    providers: string[];
                                    path: string;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                }[];
                                linkedPreservationId?: string;
                                followUpRequestId?: string;
                                /** @enum {string} */
                                writtenConfirmation: "not_required" | "pending" | "received";
                                writtenConfirmationReference?: string;
                                /** @description ISO-8601 UTC instant */
                                submittedAt?: string;
                                /** @description ISO-8601 UTC instant */
                                receivedAt?: string;
                                /** @description ISO-8601 UTC instant */
                                decidedAt?: string;
                                /** @description ISO-8601 UTC instant */
                                closedAt?: string;
                                escalations: {
                                    level: number;
                                    /** @description ISO-8601 UTC instant */
                                    at: string;
                                    notified: string[];
                                }[];
                                /** @description number of events folded into this state */
                                version: number;
                                /** @description ISO-8601 UTC instant */
                                lastEventAt: string;
                            };
                            /** @description ISO-8601 UTC instant */
                            createdAt: string;
                            /** @description ISO-8601 UTC instant */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/data-use": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask before reusing or passing on received data: allowed with the basis cited, or 403 citing the conditions */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dataItemId: string;
                        /** @enum {string} */
                        kind: "reuse" | "onward_transfer";
                        purpose: string;
                        recipient?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            allowed: true;
                            /** @enum {string} */
                            basis: "same_purpose" | "conditions_allow" | "consent";
                            consent?: {
                                id: string;
                                dataItemId: string;
                                grantedBy: string;
                                /** @description ISO-8601 UTC instant */
                                grantedAt: string;
                                /** @enum {string} */
                                scope: "reuse" | "onward_transfer";
                                purpose?: string;
                                recipient?: string;
                                /** @enum {string} */
                                form: "written" | "oral";
                                reference: string;
                                /** @description ISO-8601 UTC instant */
                                expiresAt?: string;
                            };
                            reasons: string[];
                            provisions: {
                                /** @description the provision or document the value comes from */
                                source: string;
                                /** @enum {string} */
                                confidence: "checked" | "secondary" | "unconfirmed";
                                note?: string;
                            }[];
                            conditions: {
                                purpose: string;
                                retentionUntil: string | null;
                                /** @enum {string} */
                                onwardTransfer: "forbidden" | "with_prior_consent" | "allowed";
                                /** @enum {string} */
                                consentForm: "written" | "any";
                                personalDataCategories: string[];
                                source: string;
                                /** @enum {string} */
                                confidence: "checked" | "secondary" | "unconfirmed";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regimes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The regime packs this node applies: grounds of refusal and postponement, screening questions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            regime: string;
                            version: string;
                            title: string;
                            legalBasis: string;
                            source: string;
                            /** @enum {unknown} */
                            confidence: "checked" | "secondary" | "unconfirmed";
                            note?: string;
                            grounds: {
                                code: string;
                                /** @enum {unknown} */
                                kind: "refusal" | "postponement" | "withholding" | "non_recognition" | "objection";
                                label: string;
                                source: string;
                                /** @enum {unknown} */
                                confidence: "checked" | "secondary" | "unconfirmed";
                                note?: string;
                            }[];
                            discriminationScreening: {
                                id: string;
                                question: string;
                                source: string;
                                /** @enum {unknown} */
                                confidence: "checked" | "secondary" | "unconfirmed";
                                note?: string;
                            }[];
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regimes/instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The instruments in force from this node's State to another, each as it applies between the two (fields, deadlines, grounds, sources) */
        get: {
            parameters: {
                query: {
                    requestedState: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            regime: string;
                            regimeTitle: string;
                            instrument: string;
                            spec: {
                                title: string;
                                article: {
                                    value: string;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                available: {
                                    value: boolean;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                /** @enum {unknown} */
                                kind?: "preservation" | "disclosure" | "mla" | "emergency" | "spontaneous" | "police" | "joint" | "production";
                                channel?: {
                                    /** @enum {unknown} */
                                    value: "poc_to_poc" | "ca_to_ca" | "authority_to_authority" | "authority_to_provider" | "judicial_to_judicial" | "police_to_police" | "none";
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                alternativeChannels?: {
                                    value: ("poc_to_poc" | "ca_to_ca" | "authority_to_authority" | "authority_to_provider" | "judicial_to_judicial" | "police_to_police" | "none")[];
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                senderRoles?: {
                                    value: ("admin" | "poc_officer" | "central_authority" | "prosecutor" | "analyst" | "dpo" | "auditor" | "system")[];
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                receiverRoles?: {
                                    value: ("admin" | "poc_officer" | "central_authority" | "prosecutor" | "analyst" | "dpo" | "auditor" | "system")[];
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                coercive?: {
                                    value: boolean;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                fields?: {
                                    name: string;
                                    label: string;
                                    /** @enum {unknown} */
                                    type: "string" | "text" | "boolean" | "date" | "datetime" | "integer" | "string_list" | "offence_list" | "period" | "emergency_justification" | "data_items";
                                    required: boolean;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                }[];
                                deadlines?: {
                                    id: string;
                                    label: string;
                                    /** @enum {unknown} */
                                    from: "receipt" | "submission" | "decision" | "follow_up_received";
                                    amount: number | null;
                                    /** @enum {unknown} */
                                    unit: "calendar_days" | "working_days" | "hours";
                                    /** @enum {unknown} */
                                    kind: "time_limit" | "minimum_period" | "objection_window" | "target";
                                    /** @enum {unknown} */
                                    appliesWhen?: "always" | "emergency" | "non_emergency";
                                    afterwards?: string;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                }[];
                                extensions?: {
                                    deadline: string;
                                    amount: number | null;
                                    /** @enum {unknown} */
                                    unit: "calendar_days" | "working_days" | "hours";
                                    maxTimes: number | null;
                                    reasonsRequired: boolean;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                }[];
                                reminders?: {
                                    id: string;
                                    deadline: string;
                                    before: number;
                                    /** @enum {unknown} */
                                    unit: "calendar_days" | "working_days" | "hours";
                                    /** @enum {unknown} */
                                    action: "remind" | "escalate" | "mark_expiring";
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                }[];
                                refusalGrounds?: {
                                    value: string[];
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                postponementGrounds?: {
                                    value: string[];
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                consultBeforeRefusal?: {
                                    value: boolean;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                dualCriminality?: {
                                    /** @enum {unknown} */
                                    policy: "not_required" | "may_be_required" | "required_unless_listed" | "not_applicable";
                                    listedMinPenaltyYears?: number;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                requestConfidentiality?: {
                                    value: boolean;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                userNonNotification?: {
                                    value: boolean;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                acknowledgement?: {
                                    required: boolean;
                                    amount: number | null;
                                    /** @enum {unknown} */
                                    unit: "calendar_days" | "working_days" | "hours";
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                useLimitation?: {
                                    /** @enum {unknown} */
                                    value: "prior_consent" | "condition_possible" | "not_regulated";
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                onwardTransfer?: {
                                    /** @enum {unknown} */
                                    value: "forbidden" | "with_prior_consent" | "not_regulated";
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                writtenConfirmation?: {
                                    value: boolean;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                            };
                            bilateral: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The offence catalogue (the Convention's offences and evidence-only codes) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: string;
                            source: string;
                            /** @enum {unknown} */
                            confidence: "checked" | "secondary" | "unconfirmed";
                            note?: string;
                            offences: {
                                code: string;
                                article: string;
                                title: string;
                                conventionOffence: boolean;
                                keyElements: string[];
                                optionalElements: {
                                    id: string;
                                    label: string;
                                    declaration: string;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                }[];
                                minPenaltyYears?: number;
                                equivalents: {
                                    regime: string;
                                    code: string;
                                    provision: string;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                }[];
                                euListedCategory: {
                                    value: boolean;
                                    source: string;
                                    /** @enum {unknown} */
                                    confidence: "checked" | "secondary" | "unconfirmed";
                                    note?: string;
                                };
                                source: string;
                                /** @enum {unknown} */
                                confidence: "checked" | "secondary" | "unconfirmed";
                                note?: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-sent events: `change` events `{kind, id, action, at}` for requests and cases you may see, id = audit position (resume with Last-Event-ID) */
        get: {
            parameters: {
                query?: {
                    after?: number;
                };
                header?: {
                    "last-event-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/event-stream: `id`, `event: change`, `data` as JSON */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/status-queries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status queries on a request with every answer; says when an answer is ahead of this node */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            requestId: string;
                            /** @enum {string} */
                            side: "requesting" | "requested";
                            peer: string;
                            question: string | null;
                            askedBy: string | null;
                            askedAt: string;
                            messageId: string;
                            lastAnsweredAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "answered";
                            answers: {
                                messageId: string;
                                answeredAt: string;
                                automatic: boolean;
                                note?: string;
                                answeredBy?: {
                                    role: string;
                                };
                                report: {
                                    requestId: string;
                                    version: number;
                                    /** @enum {string} */
                                    status: "draft" | "submitted" | "received" | "under_review" | "information_requested" | "in_consultation" | "accepted" | "in_execution" | "partially_executed" | "executed" | "results_transmitted" | "postponed" | "refused" | "withdrawn" | "closed";
                                    preservation: ("pending" | "active" | "expiring" | "follow_up_received" | "extended" | "lapsed" | "released") | null;
                                    /** @description ISO-8601 UTC instant */
                                    lastEventAt: string;
                                    items: {
                                        id: string;
                                        /** @enum {string} */
                                        status: "pending" | "executed" | "refused";
                                        ground?: string;
                                    }[];
                                    progress: {
                                        total: number;
                                        executed: number;
                                        refused: number;
                                        pending: number;
                                    };
                                    deadlines: {
                                        id: string;
                                        label: string;
                                        kind: string;
                                        /** @enum {string} */
                                        status: "running" | "suspended" | "stopped";
                                        dueAt: string | null;
                                        local?: {
                                            requesting: string;
                                            requested: string;
                                        };
                                    }[];
                                    openInformationRequests: string[];
                                };
                                replicaVersionOnArrival?: number;
                            }[];
                            latest: {
                                messageId: string;
                                answeredAt: string;
                                automatic: boolean;
                                note?: string;
                                answeredBy?: {
                                    role: string;
                                };
                                report: {
                                    requestId: string;
                                    version: number;
                                    /** @enum {string} */
                                    status: "draft" | "submitted" | "received" | "under_review" | "information_requested" | "in_consultation" | "accepted" | "in_execution" | "partially_executed" | "executed" | "results_transmitted" | "postponed" | "refused" | "withdrawn" | "closed";
                                    preservation: ("pending" | "active" | "expiring" | "follow_up_received" | "extended" | "lapsed" | "released") | null;
                                    /** @description ISO-8601 UTC instant */
                                    lastEventAt: string;
                                    items: {
                                        id: string;
                                        /** @enum {string} */
                                        status: "pending" | "executed" | "refused";
                                        ground?: string;
                                    }[];
                                    progress: {
                                        total: number;
                                        executed: number;
                                        refused: number;
                                        pending: number;
                                    };
                                    deadlines: {
                                        id: string;
                                        label: string;
                                        kind: string;
                                        /** @enum {string} */
                                        status: "running" | "suspended" | "stopped";
                                        dueAt: string | null;
                                        local?: {
                                            requesting: string;
                                            requested: string;
                                        };
                                    }[];
                                    openInformationRequests: string[];
                                };
                                replicaVersionOnArrival?: number;
                            } | null;
                            replica: {
                                version: number;
                                /** @description the latest answer reports a version this node has not reached yet */
                                behind: boolean;
                            };
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ask the requested State how the request stands (requesting side); its node answers by itself with version, status, progress and deadlines */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        question?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            requestId: string;
                            /** @enum {string} */
                            side: "requesting" | "requested";
                            peer: string;
                            question: string | null;
                            askedBy: string | null;
                            askedAt: string;
                            messageId: string;
                            lastAnsweredAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "answered";
                            answers: {
                                messageId: string;
                                answeredAt: string;
                                automatic: boolean;
                                note?: string;
                                answeredBy?: {
                                    role: string;
                                };
                                report: {
                                    requestId: string;
                                    version: number;
                                    /** @enum {string} */
                                    status: "draft" | "submitted" | "received" | "under_review" | "information_requested" | "in_consultation" | "accepted" | "in_execution" | "partially_executed" | "executed" | "results_transmitted" | "postponed" | "refused" | "withdrawn" | "closed";
                                    preservation: ("pending" | "active" | "expiring" | "follow_up_received" | "extended" | "lapsed" | "released") | null;
                                    /** @description ISO-8601 UTC instant */
                                    lastEventAt: string;
                                    items: {
                                        id: string;
                                        /** @enum {string} */
                                        status: "pending" | "executed" | "refused";
                                        ground?: string;
                                    }[];
                                    progress: {
                                        total: number;
                                        executed: number;
                                        refused: number;
                                        pending: number;
                                    };
                                    deadlines: {
                                        id: string;
                                        label: string;
                                        kind: string;
                                        /** @enum {string} */
                                        status: "running" | "suspended" | "stopped";
                                        dueAt: string | null;
                                        local?: {
                                            requesting: string;
                                            requested: string;
                                        };
                                    }[];
                                    openInformationRequests: string[];
                                };
                                replicaVersionOnArrival?: number;
                            }[];
                            latest: {
                                messageId: string;
                                answeredAt: string;
                                automatic: boolean;
                                note?: string;
                                answeredBy?: {
                                    role: string;
                                };
                                report: {
                                    requestId: string;
                                    version: number;
                                    /** @enum {string} */
                                    status: "draft" | "submitted" | "received" | "under_review" | "information_requested" | "in_consultation" | "accepted" | "in_execution" | "partially_executed" | "executed" | "results_transmitted" | "postponed" | "refused" | "withdrawn" | "closed";
                                    preservation: ("pending" | "active" | "expiring" | "follow_up_received" | "extended" | "lapsed" | "released") | null;
                                    /** @description ISO-8601 UTC instant */
                                    lastEventAt: string;
                                    items: {
                                        id: string;
                                        /** @enum {string} */
                                        status: "pending" | "executed" | "refused";
                                        ground?: string;
                                    }[];
                                    progress: {
                                        total: number;
                                        executed: number;
                                        refused: number;
                                        pending: number;
                                    };
                                    deadlines: {
                                        id: string;
                                        label: string;
                                        kind: string;
                                        /** @enum {string} */
                                        status: "running" | "suspended" | "stopped";
                                        dueAt: string | null;
                                        local?: {
                                            requesting: string;
                                            requested: string;
                                        };
                                    }[];
                                    openInformationRequests: string[];
                                };
                                replicaVersionOnArrival?: number;
                            } | null;
                            replica: {
                                version: number;
                                /** @description the latest answer reports a version this node has not reached yet */
                                behind: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/status-queries/{queryId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a status query again with a note (requested side, a receiver role of the instrument) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                    /** @description Identifier */
                    queryId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            requestId: string;
                            /** @enum {string} */
                            side: "requesting" | "requested";
                            peer: string;
                            question: string | null;
                            askedBy: string | null;
                            askedAt: string;
                            messageId: string;
                            lastAnsweredAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "answered";
                            answers: {
                                messageId: string;
                                answeredAt: string;
                                automatic: boolean;
                                note?: string;
                                answeredBy?: {
                                    role: string;
                                };
                                report: {
                                    requestId: string;
                                    version: number;
                                    /** @enum {string} */
                                    status: "draft" | "submitted" | "received" | "under_review" | "information_requested" | "in_consultation" | "accepted" | "in_execution" | "partially_executed" | "executed" | "results_transmitted" | "postponed" | "refused" | "withdrawn" | "closed";
                                    preservation: ("pending" | "active" | "expiring" | "follow_up_received" | "extended" | "lapsed" | "released") | null;
                                    /** @description ISO-8601 UTC instant */
                                    lastEventAt: string;
                                    items: {
                                        id: string;
                                        /** @enum {string} */
                                        status: "pending" | "executed" | "refused";
                                        ground?: string;
                                    }[];
                                    progress: {
                                        total: number;
                                        executed: number;
                                        refused: number;
                                        pending: number;
                                    };
                                    deadlines: {
                                        id: string;
                                        label: string;
                                        kind: string;
                                        /** @enum {string} */
                                        status: "running" | "suspended" | "stopped";
                                        dueAt: string | null;
                                        local?: {
                                            requesting: string;
                                            requested: string;
                                        };
                                    }[];
                                    openInformationRequests: string[];
                                };
                                replicaVersionOnArrival?: number;
                            }[];
                            latest: {
                                messageId: string;
                                answeredAt: string;
                                automatic: boolean;
                                note?: string;
                                answeredBy?: {
                                    role: string;
                                };
                                report: {
                                    requestId: string;
                                    version: number;
                                    /** @enum {string} */
                                    status: "draft" | "submitted" | "received" | "under_review" | "information_requested" | "in_consultation" | "accepted" | "in_execution" | "partially_executed" | "executed" | "results_transmitted" | "postponed" | "refused" | "withdrawn" | "closed";
                                    preservation: ("pending" | "active" | "expiring" | "follow_up_received" | "extended" | "lapsed" | "released") | null;
                                    /** @description ISO-8601 UTC instant */
                                    lastEventAt: string;
                                    items: {
                                        id: string;
                                        /** @enum {string} */
                                        status: "pending" | "executed" | "refused";
                                        ground?: string;
                                    }[];
                                    progress: {
                                        total: number;
                                        executed: number;
                                        refused: number;
                                        pending: number;
                                    };
                                    deadlines: {
                                        id: string;
                                        label: string;
                                        kind: string;
                                        /** @enum {string} */
                                        status: "running" | "suspended" | "stopped";
                                        dueAt: string | null;
                                        local?: {
                                            requesting: string;
                                            requested: string;
                                        };
                                    }[];
                                    openInformationRequests: string[];
                                };
                                replicaVersionOnArrival?: number;
                            } | null;
                            replica: {
                                version: number;
                                /** @description the latest answer reports a version this node has not reached yet */
                                behind: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/register/authorities/{id}/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people of an authority (active accounts), for choosing who is on call */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            roles: string[];
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/register/authorities/{id}/oncall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An authority's on-call roster and who is on call now (or at ?at=), in escalation order */
        get: {
            parameters: {
                query?: {
                    at?: string;
                };
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authorityId: string;
                            shifts: {
                                id: string;
                                userId: string;
                                displayName: string;
                                position: number;
                                startsAt: string;
                                endsAt: string;
                                timezone: string;
                            }[];
                            onCall: {
                                userId: string;
                                displayName: string;
                                position: number;
                                until: string;
                                localTime: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        /** Replace the upcoming roster (past shifts are kept as the record of who was on duty) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        shifts: {
                            userId: string;
                            position: number;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            timezone: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authorityId: string;
                            shifts: {
                                id: string;
                                userId: string;
                                displayName: string;
                                position: number;
                                startsAt: string;
                                endsAt: string;
                                timezone: string;
                            }[];
                            onCall: {
                                userId: string;
                                displayName: string;
                                position: number;
                                until: string;
                                localTime: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook subscriptions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            url: string;
                            events: string[];
                            active: boolean;
                            createdAt: string;
                            /** @description how deliveries to it went */
                            delivery?: {
                                sent: number;
                                pending: number;
                                failed: number;
                                lastSentAt: string | null;
                                lastError: string | null;
                            };
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Subscribe a URL to events; the HMAC secret is returned once (Comity-Signature: t=…,v1=…) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uri */
                        url: string;
                        events: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            webhook: {
                                id: string;
                                url: string;
                                events: string[];
                                active: boolean;
                                createdAt: string;
                                /** @description how deliveries to it went */
                                delivery?: {
                                    sent: number;
                                    pending: number;
                                    failed: number;
                                    lastSentAt: string | null;
                                    lastError: string | null;
                                };
                            };
                            secret: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop a subscription */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent e-mail and webhook notifications with their delivery state */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "sent" | "failed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description email or webhook */
                            channel: string;
                            /** @description the e-mail address, or the webhook id */
                            target: string;
                            event: string;
                            subject: string;
                            /** @enum {string} */
                            status: "pending" | "sent" | "failed";
                            attempts: number;
                            nextAttemptAt: string;
                            lastError: string | null;
                            createdAt: string;
                            sentAt: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The alerts sent to you (by e-mail to the address on your account), newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description email or webhook */
                            channel: string;
                            /** @description the e-mail address, or the webhook id */
                            target: string;
                            event: string;
                            subject: string;
                            /** @enum {string} */
                            status: "pending" | "sent" | "failed";
                            attempts: number;
                            nextAttemptAt: string;
                            lastError: string | null;
                            createdAt: string;
                            sentAt: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/test-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue a test e-mail to check the mail relay */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        to: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evidence filed in a case */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            requestId: string | null;
                            itemId: string | null;
                            filename: string;
                            mediaType: string;
                            size: number;
                            sha256: string;
                            createdBy: string;
                            createdAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        /** Stream a file into a case (application/octet-stream); SHA-256 computed on the way in, sealed at rest */
        put: {
            parameters: {
                query: {
                    filename: string;
                    mediaType?: string;
                    /** @description Identifier */
                    requestId?: string;
                    itemId?: string;
                };
                header?: {
                    "x-content-sha256"?: string;
                };
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            requestId: string | null;
                            itemId: string | null;
                            filename: string;
                            mediaType: string;
                            size: number;
                            sha256: string;
                            createdBy: string;
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The facts of one evidence file */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            requestId: string | null;
                            itemId: string | null;
                            filename: string;
                            mediaType: string;
                            size: number;
                            sha256: string;
                            createdBy: string;
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stream the content (the read is recorded; the stream fails if the stored file was altered) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the bytes of the file, streamed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a resumable upload into a case: the file is then sent as numbered 1 MiB chunks */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        filename: string;
                        mediaType: string;
                        size: number;
                        /** @description Identifier */
                        requestId?: string;
                        itemId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            requestId: string | null;
                            itemId: string | null;
                            filename: string;
                            mediaType: string;
                            size: number;
                            chunkSize: number;
                            chunkCount: number;
                            chunksReceived: number;
                            /** @description the first chunks still missing (at most 64) */
                            missing: number[];
                            /** @enum {string} */
                            status: "receiving" | "complete" | "failed";
                            evidenceId: string | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/uploads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where an upload stands: chunks received and the first ones still missing */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            requestId: string | null;
                            itemId: string | null;
                            filename: string;
                            mediaType: string;
                            size: number;
                            chunkSize: number;
                            chunkCount: number;
                            chunksReceived: number;
                            /** @description the first chunks still missing (at most 64) */
                            missing: number[];
                            /** @enum {string} */
                            status: "receiving" | "complete" | "failed";
                            evidenceId: string | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/uploads/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** File the uploaded file as evidence once every chunk is in; it must match the browser's SHA-256 when given */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        sha256?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            requestId: string | null;
                            itemId: string | null;
                            filename: string;
                            mediaType: string;
                            size: number;
                            sha256: string;
                            createdBy: string;
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Incidents held by this node, local and received, that you may see */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description its STIX incident object */
                            stixId: string;
                            title: string;
                            /** @enum {string} */
                            status: "open" | "contained" | "closed";
                            affectedStates: string[];
                            sectors: string[];
                            /** @enum {string} */
                            legalBasis: "spontaneous_information" | "police_cooperation" | "mutual_legal_assistance" | "cert_cooperation" | "public_warning";
                            originNode: string;
                            originState: string;
                            caseId: string | null;
                            receivedFrom: string | null;
                            assignees: string[];
                            /** @description ISO-8601 UTC instant */
                            createdAt: string;
                            /** @description ISO-8601 UTC instant */
                            updatedAt: string;
                            /** @description the incident object's marking-definition ids (its TLP) */
                            markings?: string[];
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Open an incident (its STIX incident object is created), optionally with objects */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        description?: string;
                        /** @enum {string} */
                        status?: "open" | "contained" | "closed";
                        caseId?: string;
                        affectedStates?: string[];
                        sectors?: string[];
                        /** @enum {string} */
                        legalBasis: "spontaneous_information" | "police_cooperation" | "mutual_legal_assistance" | "cert_cooperation" | "public_warning";
                        /** @enum {string} */
                        tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
                        /** @description STIX 2.1 objects, each checked on its own */
                        objects?: unknown[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            incident: {
                                id: string;
                                /** @description its STIX incident object */
                                stixId: string;
                                title: string;
                                /** @enum {string} */
                                status: "open" | "contained" | "closed";
                                affectedStates: string[];
                                sectors: string[];
                                /** @enum {string} */
                                legalBasis: "spontaneous_information" | "police_cooperation" | "mutual_legal_assistance" | "cert_cooperation" | "public_warning";
                                originNode: string;
                                originState: string;
                                caseId: string | null;
                                receivedFrom: string | null;
                                assignees: string[];
                                /** @description ISO-8601 UTC instant */
                                createdAt: string;
                                /** @description ISO-8601 UTC instant */
                                updatedAt: string;
                                /** @description the incident object's marking-definition ids (its TLP) */
                                markings?: string[];
                            };
                            objects: {
                                index: number;
                                id?: string;
                                type?: string;
                                /** @enum {string} */
                                status: "accepted" | "unchanged" | "rejected";
                                /** @enum {string} */
                                change?: "created" | "updated" | "history";
                                warnings?: string[];
                                code?: string;
                                reason?: string;
                                path?: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An incident: facts, timeline and requests citing it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description its STIX incident object */
                            stixId: string;
                            title: string;
                            /** @enum {string} */
                            status: "open" | "contained" | "closed";
                            affectedStates: string[];
                            sectors: string[];
                            /** @enum {string} */
                            legalBasis: "spontaneous_information" | "police_cooperation" | "mutual_legal_assistance" | "cert_cooperation" | "public_warning";
                            originNode: string;
                            originState: string;
                            caseId: string | null;
                            receivedFrom: string | null;
                            assignees: string[];
                            /** @description ISO-8601 UTC instant */
                            createdAt: string;
                            /** @description ISO-8601 UTC instant */
                            updatedAt: string;
                            /** @description the incident object's marking-definition ids (its TLP) */
                            markings?: string[];
                            timeline: {
                                id: string;
                                incidentId: string;
                                /** @description ISO-8601 UTC instant */
                                at: string;
                                kind: string;
                                text: string;
                                /** @description user:<id>, peer:<node id> or system */
                                actor: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            requests: {
                                requestId: string;
                                observables: unknown;
                            }[];
                            onwardConsents: {
                                state: string;
                                reference: string;
                                /** @description ISO-8601 UTC instant */
                                recordedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the facts of an incident */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        /** @enum {string} */
                        status?: "open" | "contained" | "closed";
                        caseId?: string | null;
                        affectedStates?: string[];
                        sectors?: string[];
                        /** @enum {string} */
                        legalBasis?: "spontaneous_information" | "police_cooperation" | "mutual_legal_assistance" | "cert_cooperation" | "public_warning";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description its STIX incident object */
                            stixId: string;
                            title: string;
                            /** @enum {string} */
                            status: "open" | "contained" | "closed";
                            affectedStates: string[];
                            sectors: string[];
                            /** @enum {string} */
                            legalBasis: "spontaneous_information" | "police_cooperation" | "mutual_legal_assistance" | "cert_cooperation" | "public_warning";
                            originNode: string;
                            originState: string;
                            caseId: string | null;
                            receivedFrom: string | null;
                            assignees: string[];
                            /** @description ISO-8601 UTC instant */
                            createdAt: string;
                            /** @description ISO-8601 UTC instant */
                            updatedAt: string;
                            /** @description the incident object's marking-definition ids (its TLP) */
                            markings?: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/incidents/{id}/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Assign local users (they then have need to know for its objects) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        usernames: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description its STIX incident object */
                            stixId: string;
                            title: string;
                            /** @enum {string} */
                            status: "open" | "contained" | "closed";
                            affectedStates: string[];
                            sectors: string[];
                            /** @enum {string} */
                            legalBasis: "spontaneous_information" | "police_cooperation" | "mutual_legal_assistance" | "cert_cooperation" | "public_warning";
                            originNode: string;
                            originState: string;
                            caseId: string | null;
                            receivedFrom: string | null;
                            assignees: string[];
                            /** @description ISO-8601 UTC instant */
                            createdAt: string;
                            /** @description ISO-8601 UTC instant */
                            updatedAt: string;
                            /** @description the incident object's marking-definition ids (its TLP) */
                            markings?: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/objects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The incident object and members you may see under their markings, redacted for you */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            objects: {
                                /** @description a STIX 2.1 object */
                                object: {
                                    type: string;
                                    id: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @description 'local' or the peer it came from */
                                source: string;
                                revoked: boolean;
                                /** @description granular selectors withheld from you */
                                redactedPaths: string[];
                                /** @description when the object joined the incident */
                                addedAt: string;
                            }[];
                            /** @description objects whose markings do not let you see them */
                            withheld: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add STIX objects; each is validated and reported on its own, the valid ones stored */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description STIX 2.1 objects, each checked on its own */
                        objects: unknown[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            incidentId: string;
                            objects: {
                                index: number;
                                id?: string;
                                type?: string;
                                /** @enum {string} */
                                status: "accepted" | "unchanged" | "rejected";
                                /** @enum {string} */
                                change?: "created" | "updated" | "history";
                                warnings?: string[];
                                code?: string;
                                reason?: string;
                                path?: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The incident timeline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            incidentId: string;
                            /** @description ISO-8601 UTC instant */
                            at: string;
                            kind: string;
                            text: string;
                            /** @description user:<id>, peer:<node id> or system */
                            actor: string;
                            details: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a timeline entry */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        /** Format: date-time */
                        at?: string;
                        kind?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            incidentId: string;
                            /** @description ISO-8601 UTC instant */
                            at: string;
                            kind: string;
                            text: string;
                            /** @description user:<id>, peer:<node id> or system */
                            actor: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shares sent and received for the incident */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            direction: "out" | "in";
                            peers: string[];
                            /** @description the share context(s) it went or came under */
                            context: unknown;
                            /** @description the transfer conditions attached */
                            conditions: unknown;
                            /** @description per peer, what went and what was withheld (out); what was stored (in) */
                            outcome: unknown;
                            /** @description an outgoing share's messages: queued, accepted by the peer (signed receipt), or refused */
                            delivery: {
                                peer: string;
                                messageId: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "rejected";
                                attempts: number;
                                lastError: string | null;
                                receipts: {
                                    receiptType: string;
                                    /** @description ISO-8601 UTC instant */
                                    signedAt: string;
                                }[];
                            }[];
                            createdBy: string;
                            /** @description ISO-8601 UTC instant */
                            createdAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Share with the nodes of other States; per peer, which objects go and which are withheld, and why */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        targetStates: string[];
                        namedRecipients?: string[];
                        recipientOrganisations?: string[];
                        conditions: {
                            purpose: string;
                            /** Format: date */
                            retentionUntil: string;
                            /** @enum {string} */
                            onwardTransfer: "allowed" | "with_prior_consent" | "forbidden";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            shareId: string;
                            incidentId: string;
                            peers: {
                                peer: string;
                                state: string;
                                messageIds: string[];
                                sent: {
                                    id: string;
                                    type: string;
                                    redactedPaths: string[];
                                }[];
                                withheld: {
                                    id: string;
                                    type: string;
                                    reason: string;
                                    marking?: string;
                                    condition?: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/shares/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What a share would send, written nowhere: per peer, the objects that would go and those withheld, and why */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        targetStates: string[];
                        namedRecipients?: string[];
                        recipientOrganisations?: string[];
                        conditions: {
                            purpose: string;
                            /** Format: date */
                            retentionUntil: string;
                            /** @enum {string} */
                            onwardTransfer: "allowed" | "with_prior_consent" | "forbidden";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            shareId: string;
                            incidentId: string;
                            peers: {
                                peer: string;
                                state: string;
                                messageIds: string[];
                                sent: {
                                    id: string;
                                    type: string;
                                    redactedPaths: string[];
                                }[];
                                withheld: {
                                    id: string;
                                    type: string;
                                    reason: string;
                                    marking?: string;
                                    condition?: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/onward-consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the originator's consent to passing the incident on to a State */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        state: string;
                        reference: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            incidentId: string;
                            state: string;
                            reference: string;
                            /** @description ISO-8601 UTC instant */
                            recordedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/correlation-alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Correlation alerts raised on this node, where you may see both sides of the match */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            kind: string;
                            value: string;
                            subject: {
                                type: string;
                                id: string;
                                source: string;
                            };
                            matched: {
                                type: string;
                                id: string;
                                source: string;
                            };
                            incidents: string[];
                            /** @description ISO-8601 UTC instant */
                            raisedAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stix/patterns/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a STIX 2.1 pattern as it is typed: valid (with its comparisons), or the problem and where it starts */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        pattern: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            valid: true;
                            comparisons: number;
                        } | {
                            /** @enum {boolean} */
                            valid: false;
                            reason: string;
                            /** @description the character where the problem starts */
                            offset: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stix/objects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current version, if its markings let you see it (redacted for you) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description a STIX 2.1 object */
                            object: {
                                type: string;
                                id: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description 'local' or the peer it came from */
                            source: string;
                            revoked: boolean;
                            /** @description granular selectors withheld from you */
                            redactedPaths: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stix/objects/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an object this node originated; the revoked version follows it to every peer that has it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            modified: string;
                            /** @enum {boolean} */
                            revoked: true;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stix/objects/{id}/data-use": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask before reusing an object received from another State or passing it on: allowed with the basis cited, or 403 citing its conditions */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "reuse" | "onward_transfer";
                        purpose: string;
                        recipient?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            allowed: true;
                            /** @enum {string} */
                            basis: "same_purpose" | "conditions_allow" | "consent";
                            consent?: {
                                id: string;
                                dataItemId: string;
                                grantedBy: string;
                                /** @description ISO-8601 UTC instant */
                                grantedAt: string;
                                /** @enum {string} */
                                scope: "reuse" | "onward_transfer";
                                purpose?: string;
                                recipient?: string;
                                /** @enum {string} */
                                form: "written" | "oral";
                                reference: string;
                                /** @description ISO-8601 UTC instant */
                                expiresAt?: string;
                            };
                            reasons: string[];
                            provisions: {
                                /** @description the provision or document the value comes from */
                                source: string;
                                /** @enum {string} */
                                confidence: "checked" | "secondary" | "unconfirmed";
                                note?: string;
                            }[];
                            conditions: {
                                purpose: string;
                                retentionUntil: string | null;
                                /** @enum {string} */
                                onwardTransfer: "forbidden" | "with_prior_consent" | "allowed";
                                /** @enum {string} */
                                consentForm: "written" | "any";
                                personalDataCategories: string[];
                                source: string;
                                /** @enum {string} */
                                confidence: "checked" | "secondary" | "unconfirmed";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stix/objects/{id}/sightings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a sighting; a sighting of a received object goes back to the node it came from */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        count?: number;
                        /** Format: date-time */
                        firstSeen?: string;
                        /** Format: date-time */
                        lastSeen?: string;
                        description?: string;
                        /** @enum {string} */
                        tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sighting: {
                                [key: string]: unknown;
                            };
                            /** @description the node it went back to, if any */
                            sentTo: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stix/bundles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A bundle of an incident's objects as you may see them */
        get: {
            parameters: {
                query: {
                    /** @description Identifier */
                    incident: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/stix+json;version=2.1": {
                            /** @enum {string} */
                            type: "bundle";
                            id: string;
                            objects: ({
                                type: string;
                                id: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/stix+json;version=2.1": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/stix+json;version=2.1": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/stix+json;version=2.1": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/stix+json;version=2.1": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Import a STIX bundle (streamed): each object validated and reported on its own */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            importId: string;
                            total: number;
                            accepted: number;
                            acceptedWithWarnings: number;
                            rejected: number;
                            unchanged: number;
                            bytes: number;
                            auditedBatches: number;
                            /** @description which outcomes `objects` lists: every one, or only rejections and warnings */
                            listed: "all" | "problems";
                            /** @description why the input could not be read to its end */
                            stopped?: string;
                            objects: {
                                index: number;
                                id?: string;
                                type?: string;
                                /** @enum {string} */
                                status: "accepted" | "unchanged" | "rejected";
                                /** @enum {string} */
                                change?: "created" | "updated" | "history";
                                warnings?: string[];
                                code?: string;
                                reason?: string;
                                path?: string;
                                /** @description byte offset of the object in the input */
                                offset?: number;
                            }[];
                        } & {
                            /** @description alerts the import raised */
                            correlationAlerts: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/observables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a value is, whether it is on a warning list, and where it occurs among what you may see */
        get: {
            parameters: {
                query: {
                    value: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "ipv4" | "ipv6" | "domain" | "url" | "email" | "md5" | "sha1" | "sha256" | "sha512" | "sha3-256" | "sha3-512" | "ssdeep" | "tlsh" | "user-account" | "mac" | "asn" | "mutex" | "filename" | "registry-key" | "x509-serial";
                            /** @description the normalised value */
                            value: string;
                            warning: string | null;
                            matches: {
                                subjectType: string;
                                subjectId: string;
                                objectType: string | null;
                                source: string;
                                sourceState: string;
                                revoked: boolean;
                                incidents: string[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/observables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Cite observables of an incident as the data the request asks for (indexed for correlation) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Identifier */
                        incidentId: string;
                        observables: {
                            kind: string;
                            value: string;
                            itemId?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            requestId: string;
                            incidentId: string;
                            observables: {
                                kind: string;
                                value: string;
                                itemId?: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/evidence-transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evidence transfers of a request, sent and received, with their progress and verification */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            direction: "outgoing" | "incoming";
                            requestId: string;
                            peer: string;
                            evidenceId: string | null;
                            remoteEvidenceId: string | null;
                            filename: string;
                            size: number;
                            sha256: string;
                            chunkCount: number;
                            chunksQueued: number | null;
                            chunksAcknowledged: number | null;
                            chunksReceived: number | null;
                            /** @description outgoing: sending, sent, verified, rejected, failed; incoming: receiving, complete, verified, rejected */
                            status: string;
                            verified: boolean;
                            reason: string | null;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Send evidence filed against a request to the requesting State, in chunks through the federation (requested side, once executed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        evidenceIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            direction: "outgoing" | "incoming";
                            requestId: string;
                            peer: string;
                            evidenceId: string | null;
                            remoteEvidenceId: string | null;
                            filename: string;
                            size: number;
                            sha256: string;
                            chunkCount: number;
                            chunksQueued: number | null;
                            chunksAcknowledged: number | null;
                            chunksReceived: number | null;
                            /** @description outgoing: sending, sent, verified, rejected, failed; incoming: receiving, complete, verified, rejected */
                            status: string;
                            verified: boolean;
                            reason: string | null;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxii": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The TAXII server's addresses, how to sign in to it, and the collections you see */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what a TAXII client is given as the server */
                            discoveryUrl: string;
                            apiRootUrl: string;
                            /** @description largest body a client may POST, in bytes */
                            maxContentLength: number;
                            /** @description false when the account has a second factor: a client must use an API token */
                            basicAllowed: boolean;
                            /** @description days the status of a POST is kept */
                            statusDays: number;
                            collections: {
                                id: string;
                                alias: string;
                                /** @enum {string} */
                                kind: "public" | "community" | "inbox" | "incident";
                                incidentTitle?: string;
                                incidentId?: string;
                                canRead: boolean;
                                canWrite: boolean;
                                objectsUrl: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxii/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What your TAXII clients posted in the days statuses are kept, newest first, object by object */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            collectionId: string;
                            /** @description absent when you no longer see the collection */
                            collectionAlias?: string;
                            userId: string;
                            /** @enum {string} */
                            status: "pending" | "complete";
                            /** @description ISO-8601 UTC instant */
                            requestTimestamp: string;
                            completedAt: string | null;
                            successes: {
                                id: string;
                                /** @description TAXII timestamp of the version */
                                version: string;
                                message?: string;
                            }[];
                            failures: {
                                id: string;
                                /** @description TAXII timestamp of the version */
                                version: string;
                                message?: string;
                            }[];
                            pendings: {
                                id: string;
                                /** @description TAXII timestamp of the version */
                                version: string;
                                message?: string;
                            }[];
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxii/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Remote TAXII collections this node subscribes to, with where each poller stands */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: string;
                            collectionUrl: string;
                            /** @enum {string} */
                            auth: "none" | "basic" | "token";
                            username: string | null;
                            intervalMinutes: number;
                            /** @enum {string} */
                            defaultTlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                            active: boolean;
                            /** @description a listing is being read page by page (the remote gave a next) */
                            midListing: boolean;
                            addedAfter: string | null;
                            objectsReceived: number;
                            objectsRefused: number;
                            pages: number;
                            /** @description failed polls in a row */
                            failures: number;
                            lastError: string | null;
                            lastPolledAt: string | null;
                            lastSuccessAt: string | null;
                            /** @description ISO-8601 UTC instant */
                            nextPollAt: string;
                            /** @description ISO-8601 UTC instant */
                            createdAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Subscribe to a remote TAXII 2.1 collection; the poller reads it from the start */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        collectionUrl: string;
                        /** @enum {string} */
                        auth: "none" | "basic" | "token";
                        username?: string;
                        secret?: string;
                        intervalMinutes?: number;
                        /** @enum {string} */
                        defaultTlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: string;
                            collectionUrl: string;
                            /** @enum {string} */
                            auth: "none" | "basic" | "token";
                            username: string | null;
                            intervalMinutes: number;
                            /** @enum {string} */
                            defaultTlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                            active: boolean;
                            /** @description a listing is being read page by page (the remote gave a next) */
                            midListing: boolean;
                            addedAfter: string | null;
                            objectsReceived: number;
                            objectsRefused: number;
                            pages: number;
                            /** @description failed polls in a row */
                            failures: number;
                            lastError: string | null;
                            lastPolledAt: string | null;
                            lastSuccessAt: string | null;
                            /** @description ISO-8601 UTC instant */
                            nextPollAt: string;
                            /** @description ISO-8601 UTC instant */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxii/subscriptions/{id}/{change}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause, resume or poll a subscription now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                    change: "pause" | "resume" | "poll_now";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: string;
                            collectionUrl: string;
                            /** @enum {string} */
                            auth: "none" | "basic" | "token";
                            username: string | null;
                            intervalMinutes: number;
                            /** @enum {string} */
                            defaultTlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                            active: boolean;
                            /** @description a listing is being read page by page (the remote gave a next) */
                            midListing: boolean;
                            addedAfter: string | null;
                            objectsReceived: number;
                            objectsRefused: number;
                            pages: number;
                            /** @description failed polls in a row */
                            failures: number;
                            lastError: string | null;
                            lastPolledAt: string | null;
                            lastSuccessAt: string | null;
                            /** @description ISO-8601 UTC instant */
                            nextPollAt: string;
                            /** @description ISO-8601 UTC instant */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxii/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop subscribing (what arrived stays) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/misp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where a MISP client points, and the largest event it may send */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description where a MISP client (PyMISP) points: its "url" */
                            apiUrl: string;
                            /** @description largest event file or body accepted, in bytes */
                            maxContentLength: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/misp/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** MISP imports, newest first (uploads, API, feeds, command line) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            via: "upload" | "api" | "feed" | "cli";
                            /** @description the file name, feed address or API route it came from */
                            source: string;
                            userId: string | null;
                            eventUuid: string | null;
                            eventInfo: string | null;
                            /** @enum {string} */
                            status: "complete" | "refused";
                            /** @description attributes read, those of MISP objects included */
                            attributes: number;
                            converted: number;
                            /** @description attributes without a STIX equivalent, kept as notes */
                            keptAsNotes: number;
                            /** @description attributes that could not be read */
                            refused: number;
                            /** @description STIX objects stored */
                            stored: number;
                            /** @description STIX objects already held as they are */
                            unchanged: number;
                            /** @description STIX objects the store refused */
                            rejected: number;
                            error: string | null;
                            /** @description ISO-8601 UTC instant */
                            startedAt: string;
                            /** @description ISO-8601 UTC instant */
                            finishedAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/misp/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One MISP import with its report */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            via: "upload" | "api" | "feed" | "cli";
                            /** @description the file name, feed address or API route it came from */
                            source: string;
                            userId: string | null;
                            eventUuid: string | null;
                            eventInfo: string | null;
                            /** @enum {string} */
                            status: "complete" | "refused";
                            /** @description attributes read, those of MISP objects included */
                            attributes: number;
                            converted: number;
                            /** @description attributes without a STIX equivalent, kept as notes */
                            keptAsNotes: number;
                            /** @description attributes that could not be read */
                            refused: number;
                            /** @description STIX objects stored */
                            stored: number;
                            /** @description STIX objects already held as they are */
                            unchanged: number;
                            /** @description STIX objects the store refused */
                            rejected: number;
                            error: string | null;
                            /** @description ISO-8601 UTC instant */
                            startedAt: string;
                            /** @description ISO-8601 UTC instant */
                            finishedAt: string;
                            /** @description MISP objects read */
                            objects: number;
                            /** @description galaxy clusters that became STIX objects */
                            galaxies: number;
                            /** @description refused attributes and notes, with their reasons (at most 1,000) */
                            outcomes: {
                                uuid: string;
                                type: string;
                                /** @enum {string} */
                                status: "converted" | "kept-as-note" | "refused";
                                stixId?: string;
                                reason?: string;
                            }[];
                            /** @description STIX objects the store refused or accepted with warnings */
                            rejections: {
                                index: number;
                                id?: string;
                                type?: string;
                                /** @enum {string} */
                                status: "accepted" | "unchanged" | "rejected";
                                /** @enum {string} */
                                change?: "created" | "updated" | "history";
                                warnings?: string[];
                                code?: string;
                                reason?: string;
                                path?: string;
                                offset?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/misp/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An event (a report id, its uuid or MISP number) in MISP format, as you may see it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            Event: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/misp/feed-pulls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pull a MISP feed by URL in the background: only events newer than last time */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the feed address (where manifest.json is) */
                        url: string;
                        /** @description an Authorization header for the feed */
                        authorization?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            url: string;
                            /** @enum {string} */
                            state: "running" | "done" | "failed";
                            /** @description ISO-8601 UTC instant */
                            startedAt: string;
                            /** @description ISO-8601 UTC instant */
                            finishedAt?: string;
                            progress: {
                                /** @description events to import in this pull */
                                total: number;
                                done: number;
                                /** @description bytes read of the event in hand */
                                bytes: number;
                                eventBytes: number;
                            };
                            result?: {
                                feed: string;
                                listed: number;
                                upToDate: number;
                                imported: number;
                                failed: {
                                    uuid: string;
                                    reason: string;
                                }[];
                                attributes: number;
                                stored: number;
                                alerts: number;
                            };
                            problem?: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/misp/feed-pulls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A feed pull you started: its progress, then its result */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            url: string;
                            /** @enum {string} */
                            state: "running" | "done" | "failed";
                            /** @description ISO-8601 UTC instant */
                            startedAt: string;
                            /** @description ISO-8601 UTC instant */
                            finishedAt?: string;
                            progress: {
                                /** @description events to import in this pull */
                                total: number;
                                done: number;
                                /** @description bytes read of the event in hand */
                                bytes: number;
                                eventBytes: number;
                            };
                            result?: {
                                feed: string;
                                listed: number;
                                upToDate: number;
                                imported: number;
                                failed: {
                                    uuid: string;
                                    reason: string;
                                }[];
                                attributes: number;
                                stored: number;
                                alerts: number;
                            };
                            problem?: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/federation/v1/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive a signed batch of envelopes from a peer (docs/FEDERATION.md §5) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batchId: string;
                            results: {
                                /** @enum {string} */
                                status: "accepted" | "rejected";
                                messageId?: string;
                                digest?: string;
                                duplicate?: boolean;
                                /** @description the signed accepted receipt */
                                receipt?: string;
                                reason?: string;
                                detail?: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/uploads/{id}/chunks/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Send one chunk (application/octet-stream, 1 MiB except the last); it is sealed in place at once */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                    index: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            requestId: string | null;
                            itemId: string | null;
                            filename: string;
                            mediaType: string;
                            size: number;
                            chunkSize: number;
                            chunkCount: number;
                            chunksReceived: number;
                            /** @description the first chunks still missing (at most 64) */
                            missing: number[];
                            /** @enum {string} */
                            status: "receiving" | "complete" | "failed";
                            evidenceId: string | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/bundles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a STIX bundle into the incident (streamed; per-object report) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            importId: string;
                            total: number;
                            accepted: number;
                            acceptedWithWarnings: number;
                            rejected: number;
                            unchanged: number;
                            bytes: number;
                            auditedBatches: number;
                            /** @description which outcomes `objects` lists: every one, or only rejections and warnings */
                            listed: "all" | "problems";
                            /** @description why the input could not be read to its end */
                            stopped?: string;
                            objects: {
                                index: number;
                                id?: string;
                                type?: string;
                                /** @enum {string} */
                                status: "accepted" | "unchanged" | "rejected";
                                /** @enum {string} */
                                change?: "created" | "updated" | "history";
                                warnings?: string[];
                                code?: string;
                                reason?: string;
                                path?: string;
                                /** @description byte offset of the object in the input */
                                offset?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/misp/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a MISP event file (streamed; the file name in X-File-Name): its report */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            via: "upload" | "api" | "feed" | "cli";
                            /** @description the file name, feed address or API route it came from */
                            source: string;
                            userId: string | null;
                            eventUuid: string | null;
                            eventInfo: string | null;
                            /** @enum {string} */
                            status: "complete" | "refused";
                            /** @description attributes read, those of MISP objects included */
                            attributes: number;
                            converted: number;
                            /** @description attributes without a STIX equivalent, kept as notes */
                            keptAsNotes: number;
                            /** @description attributes that could not be read */
                            refused: number;
                            /** @description STIX objects stored */
                            stored: number;
                            /** @description STIX objects already held as they are */
                            unchanged: number;
                            /** @description STIX objects the store refused */
                            rejected: number;
                            error: string | null;
                            /** @description ISO-8601 UTC instant */
                            startedAt: string;
                            /** @description ISO-8601 UTC instant */
                            finishedAt: string;
                            /** @description MISP objects read */
                            objects: number;
                            /** @description galaxy clusters that became STIX objects */
                            galaxies: number;
                            /** @description refused attributes and notes, with their reasons (at most 1,000) */
                            outcomes: {
                                uuid: string;
                                type: string;
                                /** @enum {string} */
                                status: "converted" | "kept-as-note" | "refused";
                                stixId?: string;
                                reason?: string;
                            }[];
                            /** @description STIX objects the store refused or accepted with warnings */
                            rejections: {
                                index: number;
                                id?: string;
                                type?: string;
                                /** @enum {string} */
                                status: "accepted" | "unchanged" | "rejected";
                                /** @enum {string} */
                                change?: "created" | "updated" | "history";
                                warnings?: string[];
                                code?: string;
                                reason?: string;
                                path?: string;
                                offset?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance: string;
                            code: string;
                            requestId: string;
                            errors?: {
                                /** @description JSON Pointer of the field */
                                path: string;
                                message: string;
                                /** @description the schema rule broken, e.g. required, maxLength */
                                rule?: string;
                                limit?: string | number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
