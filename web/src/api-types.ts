// GENERATED from the server's OpenAPI document by scripts/api-types.ts (`npm run api-types`): do not edit.
// Use it through web/src/api.ts (`ApiResponse<'/path/{id}', 'get'>`, `ApiBody<…>`).
export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng nhập */
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
                            token: string;
                            csrfToken: string;
                            expiresAt: string;
                            user: {
                                id: string;
                                username: string;
                                name: string;
                                roles: {
                                    role: string;
                                    unitId: string;
                                }[];
                                householdId: string | null;
                                unitKinds: {
                                    [key: string]: string | null;
                                };
                                can: {
                                    [key: string]: string[];
                                };
                                csrfToken?: string;
                            };
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
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng xuất */
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
                            ok: boolean;
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
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Người dùng hiện tại */
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
                            name: string;
                            roles: {
                                role: string;
                                unitId: string;
                            }[];
                            householdId: string | null;
                            unitKinds: {
                                [key: string]: string | null;
                            };
                            can: {
                                [key: string]: string[];
                            };
                            csrfToken?: string;
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
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nhật ký thay đổi */
        get: {
            parameters: {
                query?: {
                    unitId?: string;
                    targetType?: string;
                    targetId?: string;
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
                            items: {
                                id: string;
                                /** Format: date-time */
                                at: string;
                                actor: string | null;
                                action: string;
                                targetType: string;
                                targetId: string;
                                unitId: string | null;
                                ip: string | null;
                                data: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                            }[];
                            nextCursor: string | null;
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
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kiểm tra tính toàn vẹn của nhật ký (chuỗi băm) */
        get: {
            parameters: {
                query?: {
                    chain?: string;
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
                            chain: string;
                            entries: number;
                            ok: boolean;
                            brokenAt: {
                                id: number;
                                chainSeq: number;
                                reason: string;
                            } | null;
                            message: string;
                        } | {
                            chains: number;
                            ok: boolean;
                            broken: {
                                chain: string;
                                entries: number;
                                ok: boolean;
                                brokenAt: {
                                    id: number;
                                    chainSeq: number;
                                    reason: string;
                                } | null;
                            }[];
                            message: string;
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
    "/api/v1/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tải lên tệp đính kèm (ảnh, PDF, DOCX, XLSX; tối đa 10 MB) — nội dung thô, tên tệp ở ?filename= */
        post: {
            parameters: {
                query: {
                    filename: string;
                    unitId?: string;
                };
                header?: never;
                path?: never;
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
                            filename: string;
                            mime: string;
                            size: number;
                            sha256: string;
                            url: string;
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
    "/api/v1/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải xuống tệp đính kèm */
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
                /** @description Nội dung tệp (ảnh, PDF, DOCX, XLSX) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                        "image/png": string;
                        "image/webp": string;
                        "application/pdf": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Không đổi (ETag) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thông báo của tôi */
        get: {
            parameters: {
                query?: {
                    unread?: boolean;
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
                            items: {
                                id: string;
                                kind: string;
                                title: string;
                                body: string | null;
                                link: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                readAt: string | null;
                            }[];
                            nextCursor: string | null;
                            unread: number;
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
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đánh dấu đã đọc */
        post: {
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
                            read: boolean;
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
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đánh dấu tất cả đã đọc */
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
                            updated: number;
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
    "/api/v1/calendar/due-date": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tính hạn (không tính ngày nhận; hạn rơi vào ngày nghỉ thì chuyển sang ngày làm việc tiếp theo) */
        get: {
            parameters: {
                query: {
                    from: string;
                    days: number;
                    unit?: "working" | "calendar";
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
                            /** Format: date */
                            from: string;
                            days: number;
                            /** @enum {string} */
                            unit: "working" | "calendar";
                            /** Format: date */
                            dueDate: string;
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
    "/api/v1/calendar/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ngày nghỉ lễ, Tết và ngày nghỉ bù của một năm */
        get: {
            parameters: {
                query: {
                    year: number;
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
                            year: number;
                            official: boolean;
                            days: {
                                /** Format: date */
                                date: string;
                                name: string;
                            }[];
                            workingDays: {
                                /** Format: date */
                                date: string;
                                name: string;
                            }[];
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
    "/api/v1/calendar/holidays/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Nạp lịch nghỉ chính thức của năm (thay thế lịch mặc định) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        year?: number;
                        days: {
                            /** Format: date */
                            date: string;
                            name: string;
                        }[];
                        workingDays?: {
                            /** Format: date */
                            date: string;
                            name: string;
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
                            year: number;
                            official: boolean;
                            days: {
                                /** Format: date */
                                date: string;
                                name: string;
                            }[];
                            workingDays: {
                                /** Format: date */
                                date: string;
                                name: string;
                            }[];
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
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách đơn vị (theo đơn vị cấp trên, loại) */
        get: {
            parameters: {
                query?: {
                    parentId?: string;
                    kind?: "country" | "province" | "commune" | "village" | "agency" | "enterprise" | "district";
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
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "country" | "province" | "commune" | "village" | "agency" | "enterprise" | "district";
                                kindLabel: string;
                                name: string;
                                code: string | null;
                                parentId: string | null;
                                depth: number;
                                children: number;
                                households?: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Tạo đơn vị */
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
                        /** @enum {string} */
                        kind: "province" | "district" | "commune" | "village" | "agency" | "enterprise";
                        name: string;
                        code?: string;
                        parentId?: string | number;
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
                            /** @enum {string} */
                            kind: "country" | "province" | "commune" | "village" | "agency" | "enterprise" | "district";
                            kindLabel: string;
                            name: string;
                            code: string | null;
                            parentId: string | null;
                            depth: number;
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
    "/api/v1/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thông tin đơn vị */
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
                            kind: "country" | "province" | "commune" | "village" | "agency" | "enterprise" | "district";
                            kindLabel: string;
                            name: string;
                            code: string | null;
                            parentId: string | null;
                            depth: number;
                            households?: number;
                            ancestors: {
                                id: string;
                                /** @enum {string} */
                                kind: "country" | "province" | "commune" | "village" | "agency" | "enterprise" | "district";
                                name: string;
                            }[];
                            can: {
                                addHouseholds: boolean;
                                listHouseholds: boolean;
                            };
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
    "/api/v1/units/{id}/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách hộ gia đình của thôn (cán bộ) */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    limit?: number;
                    cursor?: string;
                };
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
                            items: {
                                id: string;
                                name: string;
                                address: string | null;
                                code: string | null;
                                active: boolean;
                                representative: {
                                    name: string;
                                    phone: string | null;
                                    /** Format: date */
                                    since: string | null;
                                } | null;
                            }[];
                            nextCursor: string | null;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Thêm hộ gia đình vào thôn, tổ dân phố */
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
                        name: string;
                        address?: string;
                        code?: string;
                        representative: {
                            name: string;
                            phone?: string;
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
                            id: string;
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
    "/api/v1/units/{id}/households/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm nhiều hộ gia đình (tối đa 10.000) trong một lần, tất cả hoặc không */
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
                        households: {
                            name: string;
                            address?: string;
                            code?: string;
                            representative: {
                                name: string;
                                phone?: string;
                            };
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
                            created: number;
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
    "/api/v1/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hộ gia đình và lịch sử người đại diện */
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
                            unitId: string;
                            unitName: string;
                            name: string;
                            address: string | null;
                            code: string | null;
                            representatives: {
                                personId: string;
                                name: string;
                                /** Format: date */
                                fromDate: string;
                                /** Format: date */
                                toDate: string | null;
                            }[];
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
    "/api/v1/households/{id}/representative": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đổi người đại diện hộ gia đình (lưu lịch sử theo ngày) */
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
                        personId?: string | number;
                        name?: string;
                        phone?: string;
                        /** Format: date */
                        fromDate?: string;
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
                            personId: string;
                            /** Format: date */
                            fromDate: string;
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
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tạo người dùng với vai trò theo đơn vị */
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
                        name: string;
                        phone?: string;
                        roles: {
                            /** @enum {string} */
                            role: "admin" | "official" | "village_head" | "resident" | "board_member" | "steering" | "union";
                            unitId: string | number;
                        }[];
                        householdId?: string | number;
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
    "/api/v1/steering/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mô hình "Dân vận khéo" của đơn vị và các đơn vị trực thuộc */
        get: {
            parameters: {
                query: {
                    unitId: string;
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
                            items: {
                                id: string;
                                unitId: string;
                                unitName: string;
                                name: string;
                                /** @enum {string} */
                                field: "economy" | "culture_society" | "defence_security" | "party_government" | "other";
                                fieldLabel: string;
                                description: string;
                                /** Format: date */
                                startedOn: string;
                                /** @enum {string} */
                                status: "registered" | "evaluated" | "commended";
                                /** @enum {string|null} */
                                rating: "excellent" | "good" | "fair" | "poor" | null;
                                ratingLabel: string | null;
                                evaluation: string | null;
                                /** Format: date */
                                evaluatedOn: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Đăng ký mô hình "Dân vận khéo" */
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
                        unitId: string | number;
                        name: string;
                        /** @enum {string} */
                        field: "economy" | "culture_society" | "defence_security" | "party_government" | "other";
                        description?: string;
                        /** Format: date */
                        startedOn: string;
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
    "/api/v1/steering/models/{id}/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ban Chỉ đạo đánh giá, khen thưởng mô hình "Dân vận khéo" */
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
                        rating: "excellent" | "good" | "fair" | "poor";
                        evaluation: string;
                        /** Format: date */
                        evaluatedOn?: string;
                        commended?: boolean;
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
                            /** @enum {string} */
                            status: "registered" | "evaluated" | "commended";
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
    "/api/v1/steering/committees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ban Chỉ đạo của đơn vị: thành viên, đơn vị phụ trách, quy chế hoạt động, lịch sử kiện toàn */
        get: {
            parameters: {
                query: {
                    unitId: string;
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
                            items: {
                                id: string;
                                unitId: string;
                                unitName: string;
                                name: string;
                                head: string | null;
                                currentMembers: number;
                                workingRules: {
                                    id: string;
                                    filename: string;
                                    mime: string;
                                    size: number;
                                    sha256: string;
                                    url: string;
                                } | null;
                                members: {
                                    id: string;
                                    name: string;
                                    position: string;
                                    /** @enum {string} */
                                    role: "head" | "deputy" | "standing" | "member" | "secretary";
                                    roleLabel: string;
                                    userId: string | null;
                                    follows: {
                                        id: string;
                                        name: string;
                                    }[];
                                    /** Format: date */
                                    fromOn: string;
                                    /** Format: date */
                                    toOn: string | null;
                                    current: boolean;
                                }[];
                                history: {
                                    id: string;
                                    memberId: string;
                                    /** @enum {string} */
                                    kind: "added" | "changed" | "removed";
                                    /** Format: date */
                                    on: string;
                                    reason: string;
                                    text: string;
                                }[];
                                can: {
                                    manage: boolean;
                                };
                            }[];
                            can: {
                                create: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Thành lập Ban Chỉ đạo thực hiện dân chủ ở cơ sở của một đơn vị (một Trưởng ban) */
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
                        unitId: string | number;
                        name?: string;
                        members: {
                            name: string;
                            position?: string;
                            /** @enum {string} */
                            role: "head" | "deputy" | "standing" | "member" | "secretary";
                            userId?: string | number;
                            followsUnitIds?: (string | number)[];
                        }[];
                        rulesAttachmentId?: string | number;
                        /** Format: date */
                        establishedOn?: string;
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
    "/api/v1/steering/committees/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bổ sung thành viên Ban Chỉ đạo (ngày hiệu lực) */
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
                        name: string;
                        position?: string;
                        /** @enum {string} */
                        role: "head" | "deputy" | "standing" | "member" | "secretary";
                        userId?: string | number;
                        followsUnitIds?: (string | number)[];
                        /** Format: date */
                        on: string;
                        reason?: string;
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
    "/api/v1/steering/committees/{id}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Thành viên thôi tham gia Ban Chỉ đạo (ngày hiệu lực, lý do) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        on: string;
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
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Thay đổi chức vụ, vai trò, đơn vị phụ trách của thành viên (ngày hiệu lực) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        position?: string;
                        /** @enum {string} */
                        role?: "head" | "deputy" | "standing" | "member" | "secretary";
                        followsUnitIds?: (string | number)[];
                        /** Format: date */
                        on: string;
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
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/steering/committees/{id}/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Đính kèm quy chế hoạt động của Ban Chỉ đạo (tệp đã tải lên) */
        put: {
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
                        attachmentId: string | number;
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
    "/api/v1/steering/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các chương trình công tác năm của Ban Chỉ đạo một đơn vị */
        get: {
            parameters: {
                query: {
                    unitId: string;
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
                            items: {
                                id: string;
                                year: number;
                                number: string | null;
                                /** Format: date */
                                issuedOn: string;
                                progress: {
                                    tasks: number;
                                    done: number;
                                    overdue: number;
                                    open: number;
                                };
                            }[];
                            can: {
                                create: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ban hành Chương trình công tác năm của Ban Chỉ đạo (một chương trình mỗi năm) */
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
                        unitId: string | number;
                        year: number;
                        tasks: {
                            title: string;
                            /** Format: date */
                            dueOn: string;
                            ownerName?: string;
                            assigneeUnitId?: string | number;
                        }[];
                        number?: string;
                        /** Format: date */
                        issuedOn?: string;
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
    "/api/v1/steering/programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chương trình công tác năm: nhiệm vụ và tình trạng (đang thực hiện, hoàn thành, quá hạn) */
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
                            unitId: string;
                            unitName: string;
                            year: number;
                            number: string | null;
                            /** Format: date */
                            issuedOn: string;
                            /** Format: date */
                            today: string;
                            tasks: {
                                id: string;
                                title: string;
                                /** Format: date */
                                dueOn: string;
                                ownerName: string;
                                assigneeUnitId: string | null;
                                assigneeName: string | null;
                                /** @enum {string} */
                                status: "open" | "done" | "overdue";
                                statusLabel: string;
                                /** Format: date */
                                doneOn: string | null;
                                source: string;
                                can: {
                                    markDone: boolean;
                                };
                            }[];
                            progress: {
                                tasks: number;
                                done: number;
                                overdue: number;
                                open: number;
                            };
                            documentUrl: string;
                            can: {
                                addTask: boolean;
                            };
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
    "/api/v1/steering/programmes/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chương trình công tác năm (DOCX, thể thức Nghị định 30/2020/NĐ-CP) */
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
                /** @description Tệp DOCX */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
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
    "/api/v1/steering/programmes/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bổ sung nhiệm vụ vào chương trình công tác */
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
                        title: string;
                        /** Format: date */
                        dueOn: string;
                        ownerName?: string;
                        assigneeUnitId?: string | number;
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
    "/api/v1/steering/tasks/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đánh dấu nhiệm vụ đã hoàn thành */
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
                        /** Format: date */
                        on?: string;
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
    "/api/v1/conferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách hội nghị, đối thoại của đơn vị và các đơn vị trực thuộc */
        get: {
            parameters: {
                query: {
                    unitId: string;
                    kind?: "staff_conference" | "worker_conference" | "dialogue" | "village_meeting" | "steering_review" | "steering_briefing" | "training";
                    from?: string;
                    to?: string;
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
                            items: {
                                id: string;
                                unitId: string;
                                unitName: string;
                                /** @enum {string} */
                                kind: "staff_conference" | "worker_conference" | "dialogue" | "village_meeting" | "steering_review" | "steering_briefing" | "training";
                                kindLabel: string;
                                title: string | null;
                                /** Format: date */
                                heldOn: string;
                                onRequest: boolean;
                                participants: {
                                    total: number | null;
                                    present: number | null;
                                };
                                valid: boolean | null;
                                opinionsRaised: number;
                                opinionsResolved: number;
                                minutes: string | null;
                                followUps: string | null;
                                attachmentIds: string[];
                                /** @enum {string|null} */
                                reviewKind: "six_month" | "annual" | "multi_year" | null;
                                reviewKindLabel: string | null;
                                quarter: number | null;
                                audience: string | null;
                                participantNames: string[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ghi nhận hội nghị cán bộ, hội nghị người lao động, đối thoại, hội nghị thôn; hội nghị sơ kết, tổng kết, giao ban, tập huấn của Ban Chỉ đạo */
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
                        unitId: string | number;
                        /** @enum {string} */
                        kind: "staff_conference" | "worker_conference" | "dialogue" | "village_meeting" | "steering_review" | "steering_briefing" | "training";
                        /** Format: date */
                        heldOn: string;
                        title?: string;
                        onRequest?: boolean;
                        participants?: number | {
                            total?: number;
                            present: number;
                        };
                        opinionsRaised?: number;
                        opinionsResolved?: number;
                        minutes?: string;
                        followUps?: string;
                        attachmentIds?: string[];
                        resolutions?: {
                            text: string;
                            agree: number;
                        }[];
                        /** @enum {string} */
                        reviewKind?: "six_month" | "annual" | "multi_year";
                        quarter?: number;
                        audience?: string;
                        participantNames?: string[];
                        nextTasks?: {
                            title: string;
                            /** Format: date */
                            dueOn?: string;
                            ownerName?: string;
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
                            id: string;
                            valid: boolean | null;
                            /** @enum {string|null} */
                            nextStep: "hold_conference" | "convene_again" | "written_poll" | null;
                            counted: boolean;
                            resolutions: {
                                text: string;
                                agree: number;
                                passed: boolean;
                                threshold: number;
                            }[];
                            nextTasks: {
                                id: string;
                                title: string;
                                /** Format: date */
                                dueOn: string | null;
                                ownerName: string | null;
                            }[];
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
    "/api/v1/conferences/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chi tiết hội nghị, đối thoại */
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
                            unitId: string;
                            unitName: string;
                            /** @enum {string} */
                            kind: "staff_conference" | "worker_conference" | "dialogue" | "village_meeting" | "steering_review" | "steering_briefing" | "training";
                            kindLabel: string;
                            title: string | null;
                            /** Format: date */
                            heldOn: string;
                            onRequest: boolean;
                            participants: {
                                total: number | null;
                                present: number | null;
                            };
                            valid: boolean | null;
                            opinionsRaised: number;
                            opinionsResolved: number;
                            minutes: string | null;
                            followUps: string | null;
                            attachmentIds: string[];
                            /** @enum {string|null} */
                            reviewKind: "six_month" | "annual" | "multi_year" | null;
                            reviewKindLabel: string | null;
                            quarter: number | null;
                            audience: string | null;
                            participantNames: string[];
                            resolutions: {
                                seq: number;
                                text: string;
                                agree: number;
                                passed: boolean;
                            }[];
                            nextTasks: {
                                id: string;
                                title: string;
                                /** Format: date */
                                dueOn: string | null;
                                ownerName: string | null;
                                seq: number;
                            }[];
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
    "/api/v1/oversight/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách cuộc giám sát của đơn vị và các đơn vị trực thuộc */
        get: {
            parameters: {
                query: {
                    unitId: string;
                    board?: "inspection" | "investment";
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
                            items: {
                                id: string;
                                unitId: string;
                                unitName: string;
                                /** @enum {string} */
                                board: "inspection" | "investment";
                                boardLabel: string;
                                subject: string;
                                /** Format: date */
                                heldOn: string;
                                hasViolation: boolean;
                                recommendations: number;
                            }[];
                            nextCursor: string | null;
                            can: {
                                record: boolean;
                                answer: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ghi nhận cuộc kiểm tra, giám sát của Ban TTND / Ban GSĐTCĐ */
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
                        unitId: string | number;
                        /** @enum {string} */
                        board: "inspection" | "investment";
                        subject: string;
                        /** Format: date */
                        heldOn: string;
                        findings: {
                            text: string;
                            violation: boolean;
                        }[];
                        recommendations?: {
                            to: string;
                            text: string;
                            /** Format: date */
                            dueOn?: string;
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
                            id: string;
                            recommendations: {
                                /** Format: date */
                                dueOn: string;
                            }[];
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
    "/api/v1/oversight/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chi tiết cuộc giám sát */
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
                            unitId: string;
                            unitName: string;
                            /** @enum {string} */
                            board: "inspection" | "investment";
                            boardLabel: string;
                            subject: string;
                            /** Format: date */
                            heldOn: string;
                            hasViolation: boolean;
                            findings: {
                                seq: number;
                                text: string;
                                violation: boolean;
                            }[];
                            recommendations: {
                                id: string;
                                to: string;
                                text: string;
                                /** Format: date */
                                sentOn: string;
                                /** Format: date */
                                dueOn: string;
                                answer: string | null;
                                /** Format: date */
                                answeredOn: string | null;
                                /** @enum {string} */
                                state: "open" | "overdue" | "answered_on_time" | "answered_late";
                                can: {
                                    answer: boolean;
                                };
                            }[];
                            can: {
                                record: boolean;
                                answer: boolean;
                            };
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
    "/api/v1/oversight/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kiến nghị của Ban TTND / Ban GSĐTCĐ và của đoàn kiểm tra Ban Chỉ đạo, việc trả lời (lọc nguồn, chưa trả lời, quá hạn) */
        get: {
            parameters: {
                query: {
                    unitId: string;
                    source?: "oversight_activity" | "steering_inspection";
                    open?: boolean;
                    overdue?: boolean;
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
                            items: {
                                id: string;
                                activityId: string | null;
                                /** @enum {string} */
                                source: "oversight_activity" | "steering_inspection";
                                sourceId: string;
                                unitId: string;
                                unitName: string;
                                /** @enum {string|null} */
                                board: "inspection" | "investment" | null;
                                subject: string;
                                to: string;
                                text: string;
                                /** Format: date */
                                sentOn: string;
                                /** Format: date */
                                dueOn: string;
                                answer: string | null;
                                /** Format: date */
                                answeredOn: string | null;
                                /** @enum {string} */
                                state: "open" | "overdue" | "answered_on_time" | "answered_late";
                                can: {
                                    answer: boolean;
                                };
                            }[];
                            nextCursor: string | null;
                            can: {
                                record: boolean;
                                answer: boolean;
                            };
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
    "/api/v1/oversight/recommendations/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cơ quan có thẩm quyền trả lời kiến nghị (trong 15 ngày) */
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
                        answer: string;
                        /** Format: date */
                        answeredOn?: string;
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
                            /** Format: date */
                            answeredOn: string;
                            onTime: boolean;
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
    "/api/v1/oversight/boards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các ban giám sát của đơn vị */
        get: {
            parameters: {
                query: {
                    unitId: string;
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
                            items: {
                                id: string;
                                /** @enum {string} */
                                board: "inspection" | "investment";
                                boardLabel: string;
                                /** Format: date */
                                termStart: string;
                                /** Format: date */
                                termEnd: string | null;
                                members: {
                                    name: string;
                                    role?: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ghi nhận Ban TTND / Ban GSĐTCĐ (nhiệm kỳ, thành viên) */
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
                        unitId: string | number;
                        /** @enum {string} */
                        board: "inspection" | "investment";
                        /** Format: date */
                        termStart: string;
                        /** Format: date */
                        termEnd?: string;
                        members: {
                            name: string;
                            role?: string;
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
                            id: string;
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
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách đơn của đơn vị, sắp theo hạn (cán bộ); không bao giờ có danh tính người tố cáo */
        get: {
            parameters: {
                query?: {
                    unitId?: string;
                    status?: "received" | "accepted" | "refused" | "resolved" | "transferred" | "withdrawn" | "open";
                    type?: "feedback" | "petition" | "complaint" | "denunciation";
                    overdue?: boolean;
                    q?: string;
                    mine?: boolean;
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
                            items: {
                                id: string;
                                trackingCode: string;
                                /** @enum {string} */
                                type: "feedback" | "petition" | "complaint" | "denunciation";
                                typeLabel: string;
                                /** @enum {string} */
                                status: "received" | "accepted" | "refused" | "resolved" | "transferred" | "withdrawn";
                                statusLabel: string;
                                unitId: string;
                                /** @enum {string} */
                                channel: "online" | "reception" | "post" | "village_head" | "board";
                                subject: string;
                                receivedOn: string;
                                acceptedOn: string | null;
                                closedOn: string | null;
                                remoteArea: boolean;
                                instance: number;
                                /** @enum {string} */
                                complexity: "normal" | "complex" | "especially_complex";
                                extensions: number;
                                rulesVersion: string;
                                dueDates: {
                                    accept?: string;
                                    resolve?: string;
                                };
                                nextDue: string | null;
                                /** @enum {string|null} */
                                warning: "overdue" | "due_soon" | null;
                                daysOverdue: number;
                                publicAnswer: string | null;
                                transferredFrom: string | null;
                                senderProtected: boolean;
                                senderName: string | null;
                                assignees: {
                                    id: string;
                                    name: string;
                                }[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Gửi đơn (phản ánh, kiến nghị, khiếu nại, tố cáo) — không cần đăng nhập
         * @description Gửi kèm tiêu đề Idempotency-Key (hoặc trường idempotencyKey) tạo khi bắt đầu điền đơn: gửi lại với cùng khóa trả về đúng đơn đã lưu (cùng mã tra cứu và mã bí mật).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "feedback" | "petition" | "complaint" | "denunciation";
                        subject: string;
                        content: string;
                        sender: {
                            name: string;
                            phone?: string;
                            address?: string;
                            idNumber?: string;
                        };
                        remoteArea?: boolean;
                        /** @enum {integer} */
                        instance?: 1 | 2;
                        unitId: string | number;
                        /** Format: date */
                        receivedOn?: string;
                        /** @enum {string} */
                        channel?: "online" | "reception" | "post" | "village_head" | "board";
                        idempotencyKey?: string;
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
                            trackingCode: string;
                            trackingSecret: string;
                            /** @enum {string} */
                            status: "received" | "accepted" | "refused" | "resolved" | "transferred" | "withdrawn";
                            statusLabel: string;
                            /** @enum {string} */
                            type: "feedback" | "petition" | "complaint" | "denunciation";
                            receivedOn: string;
                            rulesVersion: string;
                            dueDates: {
                                accept?: string;
                                resolve?: string;
                            };
                            /** @enum {string|null} */
                            warning: "overdue" | "due_soon" | null;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            trackingCode: string;
                            trackingSecret: string;
                            /** @enum {string} */
                            status: "received" | "accepted" | "refused" | "resolved" | "transferred" | "withdrawn";
                            statusLabel: string;
                            /** @enum {string} */
                            type: "feedback" | "petition" | "complaint" | "denunciation";
                            receivedOn: string;
                            rulesVersion: string;
                            dueDates: {
                                accept?: string;
                                resolve?: string;
                            };
                            /** @enum {string|null} */
                            warning: "overdue" | "due_soon" | null;
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
    "/api/v1/cases/track/{trackingCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tra cứu đơn bằng mã tra cứu và mã bí mật (không có thông tin cá nhân) */
        get: {
            parameters: {
                query: {
                    secret: string;
                };
                header?: never;
                path: {
                    trackingCode: string;
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
                            trackingCode: string;
                            /** @enum {string} */
                            type: "feedback" | "petition" | "complaint" | "denunciation";
                            typeLabel: string;
                            /** @enum {string} */
                            status: "received" | "accepted" | "refused" | "resolved" | "transferred" | "withdrawn";
                            statusLabel: string;
                            unitName: string;
                            receivedOn: string;
                            dueDates: {
                                accept?: string;
                                resolve?: string;
                            };
                            overdue: boolean;
                            publicAnswer: string | null;
                            history: {
                                date: string;
                                label: string;
                            }[];
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
    "/api/v1/cases/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tra cứu đơn (mã bí mật trong nội dung yêu cầu) */
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
                        trackingCode: string;
                        secret: string;
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
                            trackingCode: string;
                            /** @enum {string} */
                            type: "feedback" | "petition" | "complaint" | "denunciation";
                            typeLabel: string;
                            /** @enum {string} */
                            status: "received" | "accepted" | "refused" | "resolved" | "transferred" | "withdrawn";
                            statusLabel: string;
                            unitName: string;
                            receivedOn: string;
                            dueDates: {
                                accept?: string;
                                resolve?: string;
                            };
                            overdue: boolean;
                            publicAnswer: string | null;
                            history: {
                                date: string;
                                label: string;
                            }[];
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
    "/api/v1/cases/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số đơn đang giải quyết, quá hạn, sắp đến hạn của đơn vị và các đơn vị trực thuộc */
        get: {
            parameters: {
                query: {
                    unitId: string;
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
                            unitId: string;
                            name: string;
                            asOf: string;
                            totals: {
                                open: number;
                                overdue: number;
                                dueSoon: number;
                                resolved: number;
                                total: number;
                            };
                            own: {
                                unitId: string;
                                name: string;
                                kind: string;
                                open: number;
                                overdue: number;
                                dueSoon: number;
                                resolved: number;
                                total: number;
                            } | null;
                            children: {
                                unitId: string;
                                name: string;
                                kind: string;
                                open: number;
                                overdue: number;
                                dueSoon: number;
                                resolved: number;
                                total: number;
                            }[];
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
    "/api/v1/cases/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất danh sách đơn (CSV) — không có thông tin người gửi */
        get: {
            parameters: {
                query: {
                    unitId: string;
                    status?: "received" | "accepted" | "refused" | "resolved" | "transferred" | "withdrawn" | "open";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (UTF-8) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
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
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chi tiết đơn (cán bộ; danh tính người tố cáo chỉ cho người được giao xử lý) */
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
                            trackingCode: string;
                            /** @enum {string} */
                            type: "feedback" | "petition" | "complaint" | "denunciation";
                            typeLabel: string;
                            /** @enum {string} */
                            status: "received" | "accepted" | "refused" | "resolved" | "transferred" | "withdrawn";
                            statusLabel: string;
                            unitId: string;
                            /** @enum {string} */
                            channel: "online" | "reception" | "post" | "village_head" | "board";
                            subject: string;
                            receivedOn: string;
                            acceptedOn: string | null;
                            closedOn: string | null;
                            remoteArea: boolean;
                            instance: number;
                            /** @enum {string} */
                            complexity: "normal" | "complex" | "especially_complex";
                            extensions: number;
                            rulesVersion: string;
                            dueDates: {
                                accept?: string;
                                resolve?: string;
                            };
                            nextDue: string | null;
                            /** @enum {string|null} */
                            warning: "overdue" | "due_soon" | null;
                            daysOverdue: number;
                            publicAnswer: string | null;
                            transferredFrom: string | null;
                            senderProtected: boolean;
                            content: string;
                            sender: {
                                name: string;
                                phone: string | null;
                                address: string | null;
                                idNumber: string | null;
                            } | null;
                            assignees: {
                                id: string;
                                name: string;
                            }[];
                            allowedActions: ("accept" | "refuse" | "extend" | "resolve" | "transfer" | "assign" | "withdraw")[];
                            history: {
                                at: string;
                                date: string;
                                action: string;
                                label: string;
                                note: string | null;
                                actorName: string | null;
                            }[];
                            can: {
                                act: boolean;
                                assign: boolean;
                                seeSender: boolean;
                            };
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
    "/api/v1/cases/{id}/handlers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cán bộ có thể được giao xử lý đơn */
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
                            items: {
                                id: string;
                                name: string;
                                username: string;
                            }[];
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
    "/api/v1/cases/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xử lý đơn: thụ lý, không thụ lý, gia hạn, giải quyết, chuyển đơn, giao người xử lý, rút đơn */
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
                        action: "accept" | "refuse" | "extend" | "resolve" | "transfer" | "assign" | "withdraw";
                        note?: string;
                        publicAnswer?: string;
                        /** @enum {string} */
                        complexity?: "normal" | "complex" | "especially_complex";
                        toUnitId?: string | number;
                        userId?: string | number;
                        /** Format: date */
                        on?: string;
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
                            trackingCode: string;
                            /** @enum {string} */
                            type: "feedback" | "petition" | "complaint" | "denunciation";
                            typeLabel: string;
                            /** @enum {string} */
                            status: "received" | "accepted" | "refused" | "resolved" | "transferred" | "withdrawn";
                            statusLabel: string;
                            unitId: string;
                            /** @enum {string} */
                            channel: "online" | "reception" | "post" | "village_head" | "board";
                            subject: string;
                            receivedOn: string;
                            acceptedOn: string | null;
                            closedOn: string | null;
                            remoteArea: boolean;
                            instance: number;
                            /** @enum {string} */
                            complexity: "normal" | "complex" | "especially_complex";
                            extensions: number;
                            rulesVersion: string;
                            dueDates: {
                                accept?: string;
                                resolve?: string;
                            };
                            nextDue: string | null;
                            /** @enum {string|null} */
                            warning: "overdue" | "due_soon" | null;
                            daysOverdue: number;
                            publicAnswer: string | null;
                            transferredFrom: string | null;
                            senderProtected: boolean;
                            content?: string;
                            sender?: {
                                name: string;
                                phone: string | null;
                                address: string | null;
                                idNumber: string | null;
                            } | null;
                            assignees?: {
                                id: string;
                                name: string;
                            }[];
                            allowedActions?: ("accept" | "refuse" | "extend" | "resolve" | "transfer" | "assign" | "withdraw")[];
                            history?: {
                                at: string;
                                date: string;
                                action: string;
                                label: string;
                                note: string | null;
                                actorName: string | null;
                            }[];
                            can: {
                                act: boolean;
                                assign: boolean;
                                seeSender: boolean;
                            };
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
    "/api/v1/reception/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lịch tiếp công dân của lãnh đạo (công khai) */
        get: {
            parameters: {
                query: {
                    unitId: string;
                    from?: string;
                    to?: string;
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
                            unitId: string;
                            unitName: string;
                            from: string;
                            to: string;
                            requirement: {
                                /** @enum {string} */
                                period: "week" | "month";
                                days: number;
                                legalSource: string;
                            } | null;
                            warnings: {
                                period: string;
                                scheduled: number;
                                required: number;
                                message: string;
                            }[];
                            items: {
                                id: string;
                                day: string;
                                startsAt: string;
                                endsAt: string;
                                leaderName: string;
                                leaderTitle: string;
                                isChair: boolean;
                                place: string;
                            }[];
                            can: {
                                manage: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Thêm một buổi vào lịch tiếp công dân */
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
                        unitId: string | number;
                        /** Format: date */
                        day: string;
                        startsAt: string;
                        endsAt: string;
                        leaderName: string;
                        leaderTitle: string;
                        isChair?: boolean;
                        place: string;
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
    "/api/v1/reception/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sổ tiếp công dân của đơn vị */
        get: {
            parameters: {
                query: {
                    unitId: string;
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
                            items: {
                                id: string;
                                heldOn: string;
                                receiverName: string;
                                visitorName: string | null;
                                visitorCount: number;
                                topic: string;
                                /** @enum {string|null} */
                                caseType: "feedback" | "petition" | "complaint" | "denunciation" | null;
                                outcome: string | null;
                                caseId: string | null;
                                trackingCode: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ghi sổ tiếp công dân (một buổi tiếp); có thể mở đơn từ buổi tiếp */
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
                        unitId: string | number;
                        /** Format: date */
                        heldOn: string;
                        scheduleId?: string | number;
                        receiverName: string;
                        visitorName?: string;
                        visitorCount?: number;
                        topic: string;
                        /** @enum {string} */
                        caseType?: "feedback" | "petition" | "complaint" | "denunciation";
                        outcome?: string;
                        openCase?: {
                            /** @enum {string} */
                            type: "feedback" | "petition" | "complaint" | "denunciation";
                            subject: string;
                            content: string;
                            sender: {
                                name: string;
                                phone?: string;
                                address?: string;
                                idNumber?: string;
                            };
                            remoteArea?: boolean;
                            /** @enum {integer} */
                            instance?: 1 | 2;
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
                            id: string;
                            case: {
                                id: string;
                                trackingCode: string;
                                trackingSecret: string;
                                /** @enum {string} */
                                status: "received" | "accepted" | "refused" | "resolved" | "transferred" | "withdrawn";
                                statusLabel: string;
                                /** @enum {string} */
                                type: "feedback" | "petition" | "complaint" | "denunciation";
                                receivedOn: string;
                                rulesVersion: string;
                                dueDates: {
                                    accept?: string;
                                    resolve?: string;
                                };
                                /** @enum {string|null} */
                                warning: "overdue" | "due_soon" | null;
                            } | null;
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
    "/api/v1/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách nội dung biểu quyết (mới nhất trước) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    unitId?: string;
                    status?: "draft" | "open" | "closed" | "recognised" | "refused" | "cancelled";
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
                            items: {
                                id: string;
                                unitId: string;
                                unitName: string;
                                title: string;
                                /** @enum {string} */
                                matter: "contribution" | "contribution_management" | "convention" | "village_head" | "board_member" | "other";
                                matterLabel: string;
                                /** @enum {string} */
                                kind: "question" | "election";
                                /** @enum {string} */
                                method: "meeting" | "ballot" | "online";
                                methodLabel: string;
                                secret: boolean;
                                /** @enum {string} */
                                status: "draft" | "open" | "closed" | "recognised" | "refused" | "cancelled";
                                statusLabel: string;
                                opensAt: string;
                                closesAt: string | null;
                                openedOn: string;
                                closedOn: string | null;
                                eligibleHouseholds: number;
                                participatingHouseholds: number;
                                /** @enum {string} */
                                rule: "two_thirds" | "more_than_half";
                                rulePhrase: string;
                                threshold: number;
                                passed: boolean | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Mở một nội dung để hộ gia đình bàn và quyết định (chốt danh sách hộ khi mở) */
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
                        unitId: string | number;
                        title: string;
                        description?: string;
                        /** @enum {string} */
                        matter: "contribution" | "contribution_management" | "convention" | "village_head" | "board_member" | "other";
                        /** @enum {string} */
                        method: "meeting" | "ballot" | "online";
                        /** @enum {string} */
                        kind?: "question" | "election";
                        options: string[];
                        secret?: boolean;
                        /** Format: date-time */
                        opensAt?: string;
                        /** Format: date-time */
                        closesAt?: string;
                        meetingLackedHouseholds?: boolean;
                        communeWide?: boolean;
                        householdsChoosingOnline?: number;
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
                            /** @enum {string} */
                            status: "draft" | "open" | "closed" | "recognised" | "refused" | "cancelled";
                            eligibleHouseholds: number;
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
    "/api/v1/decisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chi tiết nội dung biểu quyết */
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
                            unitId: string;
                            unitName: string;
                            title: string;
                            /** @enum {string} */
                            matter: "contribution" | "contribution_management" | "convention" | "village_head" | "board_member" | "other";
                            matterLabel: string;
                            /** @enum {string} */
                            kind: "question" | "election";
                            /** @enum {string} */
                            method: "meeting" | "ballot" | "online";
                            methodLabel: string;
                            secret: boolean;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed" | "recognised" | "refused" | "cancelled";
                            statusLabel: string;
                            opensAt: string;
                            closesAt: string | null;
                            openedOn: string;
                            closedOn: string | null;
                            eligibleHouseholds: number;
                            participatingHouseholds: number;
                            /** @enum {string} */
                            rule: "two_thirds" | "more_than_half";
                            rulePhrase: string;
                            threshold: number;
                            passed: boolean | null;
                            description: string | null;
                            options: string[];
                            /** @enum {string} */
                            initialMethod: "meeting" | "ballot" | "online";
                            meeting: {
                                heldOn: string;
                                place: string | null;
                                chair: string | null;
                                secretary: string | null;
                                represented: number;
                                absent: number;
                                valid: boolean;
                                /** @enum {string} */
                                nextStep: "vote_at_meeting" | "continue_by_ballot";
                                /** @enum {string} */
                                method: "meeting" | "ballot" | "online";
                            } | null;
                            recognition: {
                                /** @enum {string} */
                                authority: "commune_people_committee" | "commune_fatherland_front";
                                authorityLabel: string;
                                submittedOn: string | null;
                                dueOn: string | null;
                                answeredOn: string | null;
                                number: string | null;
                                refusalReason: string | null;
                            } | null;
                            cancelReason: string | null;
                            disclosureId: string | null;
                            result: {
                                decisionId: string;
                                /** @enum {string} */
                                status: "draft" | "open" | "closed" | "recognised" | "refused" | "cancelled";
                                eligibleHouseholds: number;
                                participatingHouseholds: number;
                                counts: {
                                    [key: string]: number;
                                };
                                passed: boolean;
                                winningOption: string | null;
                                threshold: number;
                                /** @enum {string} */
                                rule: "two_thirds" | "more_than_half";
                                /** @enum {string} */
                                outcome: "passed" | "failed" | "tie" | "no_majority";
                                tiedOptions: string[];
                                summary: string;
                                closedOn: string;
                                breakdown: {
                                    /** @enum {string} */
                                    channel: "online" | "paper" | "meeting";
                                    label: string;
                                    households: number | null;
                                    suppressed: boolean;
                                }[];
                            } | null;
                            myHousehold: {
                                id: string;
                                voted: boolean;
                                eligible: boolean;
                            } | null;
                            can: {
                                vote: boolean;
                                enterBallots: boolean;
                                recordMeeting: boolean;
                                close: boolean;
                                recognise: boolean;
                                refuse: boolean;
                                viewParticipation: boolean;
                                checkIntegrity: boolean;
                            };
                            allowedActions: ("open" | "close" | "recognise" | "refuse" | "cancel")[];
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
    "/api/v1/decisions/{id}/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi phiếu của một hộ gia đình (mỗi hộ một phiếu trên mọi hình thức) */
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
                        householdId: string | number;
                        choice: string;
                        /** @enum {string} */
                        channel?: "online" | "paper" | "meeting";
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
                            decisionId: string;
                            householdId: string;
                            /** @enum {string} */
                            channel: "online" | "paper" | "meeting";
                            recordedAt: string;
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
    "/api/v1/decisions/{id}/participation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách hộ được biểu quyết và hộ đã biểu quyết (chỉ cán bộ, trưởng thôn); không có lựa chọn của hộ */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    voted?: boolean;
                };
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
                            eligibleHouseholds: number;
                            participatingHouseholds: number;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed" | "recognised" | "refused" | "cancelled";
                            items: {
                                householdId: string;
                                name: string;
                                address: string | null;
                                representative: string | null;
                                voted: boolean;
                                /** @enum {string|null} */
                                channel: "online" | "paper" | "meeting" | null;
                                recordedAt: string | null;
                            }[];
                            nextCursor: string | null;
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
    "/api/v1/decisions/{id}/integrity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kiểm tra toàn vẹn dữ liệu phiếu: danh sách hộ đã biểu quyết, hòm phiếu và nhật ký phiếu phải khớp nhau (người được xem nhật ký) */
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
                            decisionId: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed" | "recognised" | "refused" | "cancelled";
                            secret: boolean;
                            eligibleHouseholds: number;
                            checkedAt: string;
                            ok: boolean;
                            registerCount: number;
                            boxTotal: number;
                            auditEntries: number;
                            auditedBallots: number;
                            problems: {
                                code: string;
                                message: string;
                                householdIds?: string[];
                                households?: {
                                    id: string;
                                    name: string | null;
                                }[];
                                entryIds?: string[];
                                chains?: string[];
                                count: number;
                            }[];
                            message: string;
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
    "/api/v1/decisions/{id}/meeting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi điểm danh cuộc họp: số hộ có đại diện tham dự; cuộc họp thiếu hộ thì chuyển sang phát phiếu */
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
                        represented: number;
                        /** Format: date */
                        heldOn?: string;
                        place?: string;
                        chair?: string;
                        secretary?: string;
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
                            heldOn: string;
                            place: string | null;
                            chair: string | null;
                            secretary: string | null;
                            represented: number;
                            absent: number;
                            valid: boolean;
                            /** @enum {string} */
                            nextStep: "vote_at_meeting" | "continue_by_ballot";
                            /** @enum {string} */
                            method: "meeting" | "ballot" | "online";
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
    "/api/v1/decisions/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kết thúc biểu quyết, kiểm phiếu và công bố kết quả */
        post: {
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
                            decisionId: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed" | "recognised" | "refused" | "cancelled";
                            eligibleHouseholds: number;
                            participatingHouseholds: number;
                            counts: {
                                [key: string]: number;
                            };
                            passed: boolean;
                            winningOption: string | null;
                            threshold: number;
                            /** @enum {string} */
                            rule: "two_thirds" | "more_than_half";
                            /** @enum {string} */
                            outcome: "passed" | "failed" | "tie" | "no_majority";
                            tiedOptions: string[];
                            summary: string;
                            closedOn: string;
                            breakdown: {
                                /** @enum {string} */
                                channel: "online" | "paper" | "meeting";
                                label: string;
                                households: number | null;
                                suppressed: boolean;
                            }[];
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
    "/api/v1/decisions/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kết quả biểu quyết (sau khi kết thúc) */
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
                            decisionId: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed" | "recognised" | "refused" | "cancelled";
                            eligibleHouseholds: number;
                            participatingHouseholds: number;
                            counts: {
                                [key: string]: number;
                            };
                            passed: boolean;
                            winningOption: string | null;
                            threshold: number;
                            /** @enum {string} */
                            rule: "two_thirds" | "more_than_half";
                            /** @enum {string} */
                            outcome: "passed" | "failed" | "tie" | "no_majority";
                            tiedOptions: string[];
                            summary: string;
                            closedOn: string;
                            breakdown: {
                                /** @enum {string} */
                                channel: "online" | "paper" | "meeting";
                                label: string;
                                households: number | null;
                                suppressed: boolean;
                            }[];
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
    "/api/v1/decisions/{id}/recognise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cấp xã ban hành quyết định công nhận (hương ước, trưởng thôn, thành viên ban) */
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
                        number?: string;
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
                            unitId: string;
                            unitName: string;
                            title: string;
                            /** @enum {string} */
                            matter: "contribution" | "contribution_management" | "convention" | "village_head" | "board_member" | "other";
                            matterLabel: string;
                            /** @enum {string} */
                            kind: "question" | "election";
                            /** @enum {string} */
                            method: "meeting" | "ballot" | "online";
                            methodLabel: string;
                            secret: boolean;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed" | "recognised" | "refused" | "cancelled";
                            statusLabel: string;
                            opensAt: string;
                            closesAt: string | null;
                            openedOn: string;
                            closedOn: string | null;
                            eligibleHouseholds: number;
                            participatingHouseholds: number;
                            /** @enum {string} */
                            rule: "two_thirds" | "more_than_half";
                            rulePhrase: string;
                            threshold: number;
                            passed: boolean | null;
                            description: string | null;
                            options: string[];
                            /** @enum {string} */
                            initialMethod: "meeting" | "ballot" | "online";
                            meeting: {
                                heldOn: string;
                                place: string | null;
                                chair: string | null;
                                secretary: string | null;
                                represented: number;
                                absent: number;
                                valid: boolean;
                                /** @enum {string} */
                                nextStep: "vote_at_meeting" | "continue_by_ballot";
                                /** @enum {string} */
                                method: "meeting" | "ballot" | "online";
                            } | null;
                            recognition: {
                                /** @enum {string} */
                                authority: "commune_people_committee" | "commune_fatherland_front";
                                authorityLabel: string;
                                submittedOn: string | null;
                                dueOn: string | null;
                                answeredOn: string | null;
                                number: string | null;
                                refusalReason: string | null;
                            } | null;
                            cancelReason: string | null;
                            disclosureId: string | null;
                            result: {
                                decisionId: string;
                                /** @enum {string} */
                                status: "draft" | "open" | "closed" | "recognised" | "refused" | "cancelled";
                                eligibleHouseholds: number;
                                participatingHouseholds: number;
                                counts: {
                                    [key: string]: number;
                                };
                                passed: boolean;
                                winningOption: string | null;
                                threshold: number;
                                /** @enum {string} */
                                rule: "two_thirds" | "more_than_half";
                                /** @enum {string} */
                                outcome: "passed" | "failed" | "tie" | "no_majority";
                                tiedOptions: string[];
                                summary: string;
                                closedOn: string;
                                breakdown: {
                                    /** @enum {string} */
                                    channel: "online" | "paper" | "meeting";
                                    label: string;
                                    households: number | null;
                                    suppressed: boolean;
                                }[];
                            } | null;
                            myHousehold: {
                                id: string;
                                voted: boolean;
                                eligible: boolean;
                            } | null;
                            can: {
                                vote: boolean;
                                enterBallots: boolean;
                                recordMeeting: boolean;
                                close: boolean;
                                recognise: boolean;
                                refuse: boolean;
                                viewParticipation: boolean;
                                checkIntegrity: boolean;
                            };
                            allowedActions: ("open" | "close" | "recognise" | "refuse" | "cancel")[];
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
    "/api/v1/decisions/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cấp xã không công nhận: trả lời bằng văn bản, nêu rõ lý do */
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
                        reason: string;
                        number?: string;
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
                            unitId: string;
                            unitName: string;
                            title: string;
                            /** @enum {string} */
                            matter: "contribution" | "contribution_management" | "convention" | "village_head" | "board_member" | "other";
                            matterLabel: string;
                            /** @enum {string} */
                            kind: "question" | "election";
                            /** @enum {string} */
                            method: "meeting" | "ballot" | "online";
                            methodLabel: string;
                            secret: boolean;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed" | "recognised" | "refused" | "cancelled";
                            statusLabel: string;
                            opensAt: string;
                            closesAt: string | null;
                            openedOn: string;
                            closedOn: string | null;
                            eligibleHouseholds: number;
                            participatingHouseholds: number;
                            /** @enum {string} */
                            rule: "two_thirds" | "more_than_half";
                            rulePhrase: string;
                            threshold: number;
                            passed: boolean | null;
                            description: string | null;
                            options: string[];
                            /** @enum {string} */
                            initialMethod: "meeting" | "ballot" | "online";
                            meeting: {
                                heldOn: string;
                                place: string | null;
                                chair: string | null;
                                secretary: string | null;
                                represented: number;
                                absent: number;
                                valid: boolean;
                                /** @enum {string} */
                                nextStep: "vote_at_meeting" | "continue_by_ballot";
                                /** @enum {string} */
                                method: "meeting" | "ballot" | "online";
                            } | null;
                            recognition: {
                                /** @enum {string} */
                                authority: "commune_people_committee" | "commune_fatherland_front";
                                authorityLabel: string;
                                submittedOn: string | null;
                                dueOn: string | null;
                                answeredOn: string | null;
                                number: string | null;
                                refusalReason: string | null;
                            } | null;
                            cancelReason: string | null;
                            disclosureId: string | null;
                            result: {
                                decisionId: string;
                                /** @enum {string} */
                                status: "draft" | "open" | "closed" | "recognised" | "refused" | "cancelled";
                                eligibleHouseholds: number;
                                participatingHouseholds: number;
                                counts: {
                                    [key: string]: number;
                                };
                                passed: boolean;
                                winningOption: string | null;
                                threshold: number;
                                /** @enum {string} */
                                rule: "two_thirds" | "more_than_half";
                                /** @enum {string} */
                                outcome: "passed" | "failed" | "tie" | "no_majority";
                                tiedOptions: string[];
                                summary: string;
                                closedOn: string;
                                breakdown: {
                                    /** @enum {string} */
                                    channel: "online" | "paper" | "meeting";
                                    label: string;
                                    households: number | null;
                                    suppressed: boolean;
                                }[];
                            } | null;
                            myHousehold: {
                                id: string;
                                voted: boolean;
                                eligible: boolean;
                            } | null;
                            can: {
                                vote: boolean;
                                enterBallots: boolean;
                                recordMeeting: boolean;
                                close: boolean;
                                recognise: boolean;
                                refuse: boolean;
                                viewParticipation: boolean;
                                checkIntegrity: boolean;
                            };
                            allowedActions: ("open" | "close" | "recognise" | "refuse" | "cancel")[];
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
    "/api/v1/decisions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hủy nội dung đang biểu quyết (nêu lý do) */
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
                        reason: string;
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
                            unitId: string;
                            unitName: string;
                            title: string;
                            /** @enum {string} */
                            matter: "contribution" | "contribution_management" | "convention" | "village_head" | "board_member" | "other";
                            matterLabel: string;
                            /** @enum {string} */
                            kind: "question" | "election";
                            /** @enum {string} */
                            method: "meeting" | "ballot" | "online";
                            methodLabel: string;
                            secret: boolean;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed" | "recognised" | "refused" | "cancelled";
                            statusLabel: string;
                            opensAt: string;
                            closesAt: string | null;
                            openedOn: string;
                            closedOn: string | null;
                            eligibleHouseholds: number;
                            participatingHouseholds: number;
                            /** @enum {string} */
                            rule: "two_thirds" | "more_than_half";
                            rulePhrase: string;
                            threshold: number;
                            passed: boolean | null;
                            description: string | null;
                            options: string[];
                            /** @enum {string} */
                            initialMethod: "meeting" | "ballot" | "online";
                            meeting: {
                                heldOn: string;
                                place: string | null;
                                chair: string | null;
                                secretary: string | null;
                                represented: number;
                                absent: number;
                                valid: boolean;
                                /** @enum {string} */
                                nextStep: "vote_at_meeting" | "continue_by_ballot";
                                /** @enum {string} */
                                method: "meeting" | "ballot" | "online";
                            } | null;
                            recognition: {
                                /** @enum {string} */
                                authority: "commune_people_committee" | "commune_fatherland_front";
                                authorityLabel: string;
                                submittedOn: string | null;
                                dueOn: string | null;
                                answeredOn: string | null;
                                number: string | null;
                                refusalReason: string | null;
                            } | null;
                            cancelReason: string | null;
                            disclosureId: string | null;
                            result: {
                                decisionId: string;
                                /** @enum {string} */
                                status: "draft" | "open" | "closed" | "recognised" | "refused" | "cancelled";
                                eligibleHouseholds: number;
                                participatingHouseholds: number;
                                counts: {
                                    [key: string]: number;
                                };
                                passed: boolean;
                                winningOption: string | null;
                                threshold: number;
                                /** @enum {string} */
                                rule: "two_thirds" | "more_than_half";
                                /** @enum {string} */
                                outcome: "passed" | "failed" | "tie" | "no_majority";
                                tiedOptions: string[];
                                summary: string;
                                closedOn: string;
                                breakdown: {
                                    /** @enum {string} */
                                    channel: "online" | "paper" | "meeting";
                                    label: string;
                                    households: number | null;
                                    suppressed: boolean;
                                }[];
                            } | null;
                            myHousehold: {
                                id: string;
                                voted: boolean;
                                eligible: boolean;
                            } | null;
                            can: {
                                vote: boolean;
                                enterBallots: boolean;
                                recordMeeting: boolean;
                                close: boolean;
                                recognise: boolean;
                                refuse: boolean;
                                viewParticipation: boolean;
                                checkIntegrity: boolean;
                            };
                            allowedActions: ("open" | "close" | "recognise" | "refuse" | "cancel")[];
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
    "/api/v1/decisions/{id}/minutes.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Biên bản kết quả biểu quyết (DOCX, thể thức Nghị định 30/2020/NĐ-CP) */
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
                /** @description Tệp DOCX */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
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
    "/api/v1/disclosures/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh mục nội dung phải công khai và hình thức công khai (theo loại đơn vị) */
        get: {
            parameters: {
                query?: {
                    kind?: "commune" | "agency" | "enterprise";
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
                            categories: {
                                /** @enum {string} */
                                code: "socio_economic_plan" | "budget" | "investment_land" | "democracy_regulation" | "funds_contributions" | "public_assets" | "social_policies" | "disaster_support" | "military_service" | "inspection_results" | "consultation_results" | "fees" | "administrative_procedures" | "vote_results" | "other" | "policies_laws" | "work_plan" | "agency_budget" | "agency_assets" | "public_investment" | "staffing_pay" | "corruption_assets_declaration" | "agency_inspection_results" | "internal_rules" | "staff_opinions_results" | "superior_directives" | "agency_other" | "business_situation" | "labour_rules_pay" | "collective_agreements" | "welfare_funds" | "union_fees_insurance" | "emulation_discipline" | "enterprise_democracy_regulation" | "enterprise_other";
                                /** @enum {string} */
                                kind: "commune" | "agency" | "enterprise";
                                name: string;
                                nameEn: string;
                                legalBasis: string;
                                mandatory: boolean;
                                /** @enum {string} */
                                frequency: "permanent" | "annual" | "quarterly" | "on_decision";
                                loudspeaker: boolean;
                            }[];
                            channels: {
                                /** @enum {string} */
                                code: "notice_board" | "website" | "loudspeaker" | "village_head" | "documents" | "village_meeting" | "dialogue" | "reception" | "organizations" | "social_network" | "internal_system" | "staff_conference" | "department_heads" | "other";
                                name: string;
                                nameEn: string;
                                kinds: ("commune" | "agency" | "enterprise")[];
                                legalBasis: string;
                            }[];
                            postingDays: {
                                commune: number;
                                agency: number;
                                enterprise: number;
                            };
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
    "/api/v1/disclosures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách thông tin công khai (không cần đăng nhập); q tìm không phân biệt dấu, hoa thường
         * @description Trang của một thôn, tổ dân phố hiển thị cả thông tin của thôn và của xã, phường; trang của xã, phường hiển thị thông tin của xã và mọi thôn, tổ dân phố trực thuộc. Thông tin của cơ quan, doanh nghiệp chỉ công khai trong nội bộ (cần đăng nhập).
         */
        get: {
            parameters: {
                query?: {
                    unitId?: string;
                    category?: "socio_economic_plan" | "budget" | "investment_land" | "democracy_regulation" | "funds_contributions" | "public_assets" | "social_policies" | "disaster_support" | "military_service" | "inspection_results" | "consultation_results" | "fees" | "administrative_procedures" | "vote_results" | "other" | "policies_laws" | "work_plan" | "agency_budget" | "agency_assets" | "public_investment" | "staffing_pay" | "corruption_assets_declaration" | "agency_inspection_results" | "internal_rules" | "staff_opinions_results" | "superior_directives" | "agency_other" | "business_situation" | "labour_rules_pay" | "collective_agreements" | "welfare_funds" | "union_fees_insurance" | "emulation_discipline" | "enterprise_democracy_regulation" | "enterprise_other";
                    q?: string;
                    posted?: "current";
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
                            items: {
                                id: string;
                                unitId: string;
                                unitName: string;
                                category: string;
                                categoryName: string;
                                version: number;
                                title: string;
                                excerpt: string;
                                /** Format: date-time */
                                publishedAt: string;
                                /** Format: date */
                                publishedOn: string;
                                /** Format: date */
                                postedUntil: string | null;
                                attachments: number;
                                answeredQuestions: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Công khai thông tin (đăng, niêm yết) */
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
                        unitId: string | number;
                        /** @enum {string} */
                        category: "socio_economic_plan" | "budget" | "investment_land" | "democracy_regulation" | "funds_contributions" | "public_assets" | "social_policies" | "disaster_support" | "military_service" | "inspection_results" | "consultation_results" | "fees" | "administrative_procedures" | "vote_results" | "other" | "policies_laws" | "work_plan" | "agency_budget" | "agency_assets" | "public_investment" | "staffing_pay" | "corruption_assets_declaration" | "agency_inspection_results" | "internal_rules" | "staff_opinions_results" | "superior_directives" | "agency_other" | "business_situation" | "labour_rules_pay" | "collective_agreements" | "welfare_funds" | "union_fees_insurance" | "emulation_discipline" | "enterprise_democracy_regulation" | "enterprise_other";
                        title: string;
                        body: string;
                        channels: ("notice_board" | "website" | "loudspeaker" | "village_head" | "documents" | "village_meeting" | "dialogue" | "reception" | "organizations" | "social_network" | "internal_system" | "staff_conference" | "department_heads" | "other")[];
                        postingDays?: number;
                        /** Format: date */
                        decidedOn?: string;
                        attachmentIds?: (string | number)[];
                        postings?: {
                            /** @enum {string} */
                            channel: "notice_board" | "website" | "loudspeaker" | "village_head" | "documents" | "village_meeting" | "dialogue" | "reception" | "organizations" | "social_network" | "internal_system" | "staff_conference" | "department_heads" | "other";
                            place: string;
                            /** Format: date */
                            postedOn?: string;
                            days?: number;
                            photoAttachmentId?: string | number;
                            note?: string;
                            placeUnitId?: string | number;
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
                            id: string;
                            version: number;
                            /** Format: date-time */
                            publishedAt: string;
                            /** Format: date */
                            publishedOn: string;
                            /** Format: date */
                            postedUntil: string | null;
                            /** Format: date */
                            dueOn: string | null;
                            onTime: boolean;
                            channels: string[];
                            warnings: string[];
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
    "/api/v1/disclosures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chi tiết thông tin công khai, lịch sử phiên bản, niêm yết, hỏi đáp (không cần đăng nhập) */
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
                            unitId: string;
                            unitName: string;
                            unitKind: string;
                            category: string;
                            categoryName: string;
                            legalBasis: string | null;
                            version: number;
                            title: string;
                            body: string;
                            channels: {
                                code: string;
                                name: string;
                            }[];
                            /** Format: date */
                            decidedOn: string | null;
                            /** Format: date */
                            dueOn: string | null;
                            onTime: boolean;
                            /** Format: date-time */
                            publishedAt: string;
                            /** Format: date */
                            publishedOn: string;
                            /** Format: date-time */
                            updatedAt: string;
                            postingDays: number | null;
                            /** Format: date */
                            postedFrom: string;
                            /** Format: date */
                            postedUntil: string | null;
                            permanent: boolean;
                            postedNow: boolean;
                            attachments: {
                                id: string;
                                filename: string;
                                mime: string;
                                size: number;
                                sha256: string;
                                url: string;
                            }[];
                            postings: {
                                id: string;
                                version: number;
                                channel: {
                                    code: string;
                                    name: string;
                                };
                                place: string;
                                /** Format: date-time */
                                postedAt: string;
                                /** Format: date */
                                postedOn: string;
                                /** Format: date */
                                postedUntil: string | null;
                                postedBy: string;
                                photo: {
                                    id: string;
                                    filename: string;
                                    mime: string;
                                    size: number;
                                    sha256: string;
                                    url: string;
                                } | null;
                                note: string | null;
                            }[];
                            versions: {
                                version: number;
                                title: string;
                                body: string;
                                channels: {
                                    code: string;
                                    name: string;
                                }[];
                                attachments: {
                                    id: string;
                                    filename: string;
                                    mime: string;
                                    size: number;
                                    sha256: string;
                                    url: string;
                                }[];
                                reason: string | null;
                                /** Format: date-time */
                                publishedAt: string;
                                publishedBy: string | null;
                                /** Format: date */
                                postedFrom: string;
                                /** Format: date */
                                postedUntil: string | null;
                            }[];
                            questions: {
                                id: string;
                                question: string;
                                /** Format: date-time */
                                askedAt: string;
                                answer: string | null;
                                /** Format: date-time */
                                answeredAt: string | null;
                                answeredBy: string | null;
                            }[];
                            can: {
                                answer: boolean;
                                recordPosting: boolean;
                                revise: boolean;
                            };
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
    "/api/v1/units/{id}/settings/disclosures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thời gian niêm yết của đơn vị */
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
                            unitId: string;
                            postingDays: number;
                            configured: boolean;
                            legalDefault: number;
                        };
                    };
                };
            };
        };
        /** Đặt thời gian niêm yết tối thiểu của đơn vị (null = theo luật); có ghi nhật ký */
        put: {
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
                        postingDays: number | null;
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
                            unitId: string;
                            postingDays: number;
                            configured: boolean;
                            legalDefault: number;
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
    "/api/v1/disclosures/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đính chính: đăng phiên bản mới (phiên bản cũ vẫn được lưu và hiển thị) */
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
                        reason: string;
                        title?: string;
                        body?: string;
                        channels?: ("notice_board" | "website" | "loudspeaker" | "village_head" | "documents" | "village_meeting" | "dialogue" | "reception" | "organizations" | "social_network" | "internal_system" | "staff_conference" | "department_heads" | "other")[];
                        attachmentIds?: (string | number)[];
                        postingDays?: number;
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
                            version: number;
                            /** Format: date-time */
                            publishedAt: string;
                            /** Format: date */
                            publishedOn: string;
                            /** Format: date */
                            postedUntil: string | null;
                            /** Format: date */
                            dueOn: string | null;
                            onTime: boolean;
                            channels: string[];
                            warnings: string[];
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
    "/api/v1/disclosures/{id}/postings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi nhận niêm yết / phát thanh / thông báo (người thực hiện, nơi, thời điểm, ảnh) */
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
                        channel: "notice_board" | "website" | "loudspeaker" | "village_head" | "documents" | "village_meeting" | "dialogue" | "reception" | "organizations" | "social_network" | "internal_system" | "staff_conference" | "department_heads" | "other";
                        place: string;
                        /** Format: date */
                        postedOn?: string;
                        days?: number;
                        photoAttachmentId?: string | number;
                        note?: string;
                        placeUnitId?: string | number;
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
    "/api/v1/disclosures/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Người dân đặt câu hỏi về thông tin công khai */
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
                        question: string;
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
    "/api/v1/disclosures/{id}/questions/{questionId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cán bộ trả lời câu hỏi (câu trả lời được công khai) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    questionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answer: string;
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
                            answered: boolean;
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
    "/api/v1/disclosures/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Câu hỏi của người dân về thông tin công khai (cán bộ) */
        get: {
            parameters: {
                query: {
                    unitId: string;
                    status?: "open" | "answered";
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
                            items: {
                                id: string;
                                disclosureId: string;
                                disclosureTitle: string;
                                unitId: string;
                                question: string;
                                askerName: string;
                                /** Format: date-time */
                                askedAt: string;
                                answer: string | null;
                                /** Format: date-time */
                                answeredAt: string | null;
                                answeredBy: string | null;
                            }[];
                            nextCursor: string | null;
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
    "/api/v1/disclosures/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tình hình công khai theo đơn vị và kỳ: nội dung bắt buộc đã công khai đúng hạn, trễ hạn, chưa công khai */
        get: {
            parameters: {
                query: {
                    unitId: string;
                    from: string;
                    to: string;
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
                            unitId: string;
                            unitName: string;
                            label: string;
                            period: {
                                /** Format: date */
                                from: string;
                                /** Format: date */
                                to: string;
                            };
                            items: {
                                category: string;
                                vi: string;
                                legalBasis: string;
                                /** @enum {string} */
                                frequency: "permanent" | "annual" | "quarterly" | "on_decision";
                                /** @enum {string} */
                                status: "on_time" | "late" | "missing" | "not_due";
                                disclosed: number;
                                late: number;
                            }[];
                            required: number;
                            onTime: number;
                            late: number;
                            missing: number;
                            disclosed: number;
                            share: number | null;
                            onTimeShare: number | null;
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
    "/api/v1/disclosures/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các danh mục tôi theo dõi */
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
                            items: {
                                id: string;
                                unitId: string;
                                unitName: string;
                                category: string;
                                categoryName: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        /** Theo dõi các danh mục công khai của một đơn vị (thay thế lựa chọn trước; danh sách rỗng = bỏ theo dõi) */
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
                        unitId: string | number;
                        categories: ("*" | "socio_economic_plan" | "budget" | "investment_land" | "democracy_regulation" | "funds_contributions" | "public_assets" | "social_policies" | "disaster_support" | "military_service" | "inspection_results" | "consultation_results" | "fees" | "administrative_procedures" | "vote_results" | "other" | "policies_laws" | "work_plan" | "agency_budget" | "agency_assets" | "public_investment" | "staffing_pay" | "corruption_assets_declaration" | "agency_inspection_results" | "internal_rules" | "staff_opinions_results" | "superior_directives" | "agency_other" | "business_situation" | "labour_rules_pay" | "collective_agreements" | "welfare_funds" | "union_fees_insurance" | "emulation_discipline" | "enterprise_democracy_regulation" | "enterprise_other")[];
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
                            unitId: string;
                            categories: string[];
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
    "/api/v1/disclosures/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Bỏ theo dõi */
        delete: {
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
                /** @description Đã bỏ theo dõi */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách đợt lấy ý kiến (công khai): của đơn vị, đơn vị cấp trên và các đơn vị trực thuộc
         * @description Không có unitId: đợt lấy ý kiến ở các đơn vị của người đăng nhập (cán bộ: đơn vị quản lý; người dân: nơi cư trú).
         */
        get: {
            parameters: {
                query?: {
                    unitId?: string;
                    status?: "open" | "closed" | "published" | "finished";
                    q?: string;
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
                            items: {
                                id: string;
                                unitId: string;
                                unitName: string;
                                villageIds: string[];
                                /** @enum {string} */
                                kind: "socio_economic_plan" | "land_use_plan" | "investment_project" | "administrative_boundary" | "administrative_decision" | "construction_plan" | "democracy_regulation" | "convention" | "other";
                                kindLabel: string;
                                title: string;
                                /** Format: date */
                                opensOn: string;
                                /** Format: date */
                                closesOn: string;
                                /** Format: date */
                                closedOn: string | null;
                                minDays: number;
                                /** @enum {string} */
                                status: "open" | "closed" | "published" | "finished";
                                statusLabel: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Mở đợt lấy ý kiến Nhân dân về một dự thảo (Luật 10/2022 Điều 25, 28)
         * @description Thời gian lấy ý kiến ít nhất 20 ngày kể từ ngày công khai (Luật 10/2022 Điều 28 khoản 2); dự thảo hương ước, quy ước ít nhất 30 ngày (Nghị định 61/2023 Điều 9 khoản 1); có thể cấu hình theo đơn vị (units.settings.consultations.minDays / conventionMinDays).
         */
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
                        unitId: string | number;
                        villageIds?: (string | number)[];
                        /** @enum {string} */
                        kind: "socio_economic_plan" | "land_use_plan" | "investment_project" | "administrative_boundary" | "administrative_decision" | "construction_plan" | "democracy_regulation" | "convention" | "other";
                        title: string;
                        draft: string;
                        attachmentIds?: string[];
                        /** Format: date */
                        opensOn?: string;
                        /** Format: date */
                        closesOn: string;
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
                            unitId: string;
                            unitName: string;
                            villageIds: string[];
                            /** @enum {string} */
                            kind: "socio_economic_plan" | "land_use_plan" | "investment_project" | "administrative_boundary" | "administrative_decision" | "construction_plan" | "democracy_regulation" | "convention" | "other";
                            kindLabel: string;
                            title: string;
                            /** Format: date */
                            opensOn: string;
                            /** Format: date */
                            closesOn: string;
                            /** Format: date */
                            closedOn: string | null;
                            minDays: number;
                            /** @enum {string} */
                            status: "open" | "closed" | "published" | "finished";
                            statusLabel: string;
                            /** Format: date-time */
                            createdAt: string;
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
    "/api/v1/consultations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chi tiết đợt lấy ý kiến: dự thảo, tệp đính kèm, quyền của người xem */
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
                            unitId: string;
                            unitName: string;
                            villageIds: string[];
                            /** @enum {string} */
                            kind: "socio_economic_plan" | "land_use_plan" | "investment_project" | "administrative_boundary" | "administrative_decision" | "construction_plan" | "democracy_regulation" | "convention" | "other";
                            kindLabel: string;
                            title: string;
                            /** Format: date */
                            opensOn: string;
                            /** Format: date */
                            closesOn: string;
                            /** Format: date */
                            closedOn: string | null;
                            minDays: number;
                            /** @enum {string} */
                            status: "open" | "closed" | "published" | "finished";
                            statusLabel: string;
                            /** Format: date-time */
                            createdAt: string;
                            draft: string;
                            villages: {
                                id: string;
                                name: string;
                            }[];
                            attachments: {
                                id: string;
                                filename: string;
                                mime: string;
                                size: number;
                                sha256: string;
                                url: string;
                            }[];
                            acceptsOpinions: boolean;
                            tally: {
                                total: number;
                                byStance: {
                                    agree: {
                                        count: number;
                                        percent: number | null;
                                    };
                                    disagree: {
                                        count: number;
                                        percent: number | null;
                                    };
                                    other: {
                                        count: number;
                                        percent: number | null;
                                    };
                                };
                                bySource: {
                                    online: {
                                        count: number;
                                        percent: number | null;
                                    };
                                    meeting: {
                                        count: number;
                                        percent: number | null;
                                    };
                                    paper_form: {
                                        count: number;
                                        percent: number | null;
                                    };
                                    other: {
                                        count: number;
                                        percent: number | null;
                                    };
                                };
                            } | null;
                            synthesised: boolean;
                            /** @description manage: the official in charge; close, synthesise, correct, respond, publish: allowed now; finish: the state allows it (still refused while a group has no response). */
                            can: {
                                manage: boolean;
                                enterOpinions: boolean;
                                giveOpinion: boolean;
                                close: boolean;
                                synthesise: boolean;
                                correct: boolean;
                                respond: boolean;
                                publish: boolean;
                                finish: boolean;
                            };
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
    "/api/v1/consultations/{id}/my-opinion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ý kiến của tôi và điều gì đã đến với nó: nhóm ý kiến và nội dung tiếp thu, giải trình */
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
                            opinion: {
                                id: string;
                                /** @enum {string} */
                                source: "online" | "meeting" | "paper_form" | "other";
                                sourceLabel: string;
                                sourceNote: string | null;
                                /** @enum {string} */
                                stance: "agree" | "disagree" | "other";
                                stanceLabel: string;
                                body: string;
                                authorName: string | null;
                                villageId: string | null;
                                groupKey: string | null;
                                mine: boolean;
                                createdAt: string;
                                updatedAt: string;
                            } | null;
                            group: {
                                key: string;
                                label: string;
                                /** @enum {string} */
                                labelSource: "auto" | "official";
                                /** @enum {string} */
                                kind: "theme" | "other";
                                topTerms: string[];
                                size: number;
                                percent: number | null;
                                stances: {
                                    agree: number;
                                    disagree: number;
                                    other: number;
                                };
                                response: {
                                    /** @enum {string} */
                                    kind: "accepted" | "explained";
                                    kindLabel: string;
                                    text: string;
                                    respondedAt: string | null;
                                } | null;
                            } | null;
                            published: boolean;
                        };
                    };
                };
            };
        };
        /** Gửi hoặc sửa ý kiến của tôi (mỗi người một ý kiến cho mỗi đợt; sửa được đến khi kết thúc, sau đó 422) */
        put: {
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
                        stance: "agree" | "disagree" | "other";
                        body: string;
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
                            /** @enum {string} */
                            source: "online" | "meeting" | "paper_form" | "other";
                            sourceLabel: string;
                            sourceNote: string | null;
                            /** @enum {string} */
                            stance: "agree" | "disagree" | "other";
                            stanceLabel: string;
                            body: string;
                            authorName: string | null;
                            villageId: string | null;
                            groupKey: string | null;
                            mine: boolean;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            source: "online" | "meeting" | "paper_form" | "other";
                            sourceLabel: string;
                            sourceNote: string | null;
                            /** @enum {string} */
                            stance: "agree" | "disagree" | "other";
                            stanceLabel: string;
                            body: string;
                            authorName: string | null;
                            villageId: string | null;
                            groupKey: string | null;
                            mine: boolean;
                            createdAt: string;
                            updatedAt: string;
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
    "/api/v1/consultations/{id}/opinions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách ý kiến (cán bộ phụ trách) */
        get: {
            parameters: {
                query?: {
                    group?: string;
                    limit?: number;
                    cursor?: string;
                };
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
                            items: {
                                id: string;
                                /** @enum {string} */
                                source: "online" | "meeting" | "paper_form" | "other";
                                sourceLabel: string;
                                sourceNote: string | null;
                                /** @enum {string} */
                                stance: "agree" | "disagree" | "other";
                                stanceLabel: string;
                                body: string;
                                authorName: string | null;
                                villageId: string | null;
                                groupKey: string | null;
                                mine: boolean;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Cán bộ nhập ý kiến từ hội nghị, cuộc họp, phiếu lấy ý kiến hoặc hình thức khác (ghi rõ nguồn) */
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
                        source: "meeting" | "paper_form" | "other";
                        sourceNote?: string;
                        opinions: {
                            /** @enum {string} */
                            stance: "agree" | "disagree" | "other";
                            body: string;
                            authorName?: string;
                            villageId?: string | number;
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
                            created: number;
                            ids: string[];
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
    "/api/v1/consultations/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kết thúc lấy ý kiến (khi đã đủ thời gian tối thiểu hoặc đã qua ngày kết thúc) */
        post: {
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
                            status: string;
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
    "/api/v1/consultations/{id}/synthesis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kết quả tổng hợp: số ý kiến theo quan điểm, theo hình thức; các nhóm ý kiến và nội dung tiếp thu, giải trình */
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
                            /** @enum {string} */
                            status: "open" | "closed" | "published" | "finished";
                            tally: {
                                total: number;
                                byStance: {
                                    agree: {
                                        count: number;
                                        percent: number | null;
                                    };
                                    disagree: {
                                        count: number;
                                        percent: number | null;
                                    };
                                    other: {
                                        count: number;
                                        percent: number | null;
                                    };
                                };
                                bySource: {
                                    online: {
                                        count: number;
                                        percent: number | null;
                                    };
                                    meeting: {
                                        count: number;
                                        percent: number | null;
                                    };
                                    paper_form: {
                                        count: number;
                                        percent: number | null;
                                    };
                                    other: {
                                        count: number;
                                        percent: number | null;
                                    };
                                };
                            };
                            groups: {
                                key: string;
                                label: string;
                                /** @enum {string} */
                                labelSource: "auto" | "official";
                                /** @enum {string} */
                                kind: "theme" | "other";
                                topTerms: string[];
                                size: number;
                                percent: number | null;
                                stances: {
                                    agree: number;
                                    disagree: number;
                                    other: number;
                                };
                                response: {
                                    /** @enum {string} */
                                    kind: "accepted" | "explained";
                                    kindLabel: string;
                                    text: string;
                                    respondedAt: string | null;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Tổng hợp ý kiến: nhóm tự động các ý kiến tương tự (chạy lại được đến khi bắt đầu tiếp thu, giải trình) */
        post: {
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
                            status: string;
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
    "/api/v1/consultations/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Công khai kết quả tổng hợp ý kiến đến Nhân dân */
        post: {
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
                            status: string;
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
    "/api/v1/consultations/{id}/finish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hoàn thành đợt lấy ý kiến (422 khi còn nhóm chưa có nội dung tiếp thu, giải trình) */
        post: {
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
                            status: string;
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
    "/api/v1/consultations/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo tổng hợp, tiếp thu, giải trình ý kiến: DOCX (thể thức Nghị định 30/2020) hoặc XLSX */
        get: {
            parameters: {
                query: {
                    format: "docx" | "xlsx";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Báo cáo (DOCX) hoặc bảng tính (XLSX) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
    "/api/v1/consultations/{id}/groups/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gộp các nhóm ý kiến */
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
                        keys: string[];
                        label?: string;
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
                            status: string;
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
    "/api/v1/consultations/{id}/groups/{key}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tách một số ý kiến của nhóm thành nhóm mới */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        opinionIds: string[];
                        label?: string;
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
                            status: string;
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
    "/api/v1/consultations/{id}/groups/{key}/rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đổi tên nhóm ý kiến */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        label: string;
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
                            status: string;
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
    "/api/v1/consultations/{id}/groups/{key}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuyển ý kiến vào nhóm này */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        opinionIds: string[];
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
                            status: string;
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
    "/api/v1/consultations/{id}/groups/{key}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Nội dung tiếp thu hoặc giải trình cho một nhóm ý kiến */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "accepted" | "explained";
                        text: string;
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
                            status: string;
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
    "/api/v1/steering/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Văn bản do Ban Chỉ đạo của đơn vị ban hành */
        get: {
            parameters: {
                query: {
                    unitId: string;
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
                            items: {
                                id: string;
                                unitId: string;
                                /** @enum {string} */
                                kind: "self_inspection" | "period_report" | "guidance";
                                kindLabel: string;
                                title: string;
                                number: string | null;
                                /** Format: date */
                                issuedOn: string;
                                period: {
                                    /** Format: date */
                                    from: string;
                                    /** Format: date */
                                    to: string;
                                } | null;
                                /** Format: date */
                                dueOn: string | null;
                                recipients: number;
                                expected: number;
                                submitted: number;
                                onTime: number;
                                late: number;
                                missing: number;
                            }[];
                            can: {
                                issue: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ban Chỉ đạo ban hành văn bản hướng dẫn, yêu cầu tự kiểm tra / báo cáo gửi các đơn vị trực thuộc */
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
                        unitId: string | number;
                        title: string;
                        number?: string;
                        /** Format: date */
                        issuedOn: string;
                        /** @enum {string} */
                        kind: "self_inspection" | "period_report" | "guidance";
                        period?: {
                            /** Format: date */
                            from: string;
                            /** Format: date */
                            to: string;
                        };
                        /** Format: date */
                        dueOn?: string;
                        recipients: {
                            kinds?: ("district" | "commune" | "village" | "agency" | "enterprise")[];
                            unitIds?: (string | number)[];
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
                            id: string;
                            recipients: number;
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
    "/api/v1/steering/requests/asked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Việc cấp trên yêu cầu đơn vị (văn bản gửi đến và tình trạng báo cáo của đơn vị) */
        get: {
            parameters: {
                query: {
                    unitId: string;
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
                            unitId: string;
                            unitName: string;
                            items: {
                                id: string;
                                unitId: string;
                                /** @enum {string} */
                                kind: "self_inspection" | "period_report" | "guidance";
                                kindLabel: string;
                                title: string;
                                number: string | null;
                                /** Format: date */
                                issuedOn: string;
                                period: {
                                    /** Format: date */
                                    from: string;
                                    /** Format: date */
                                    to: string;
                                } | null;
                                /** Format: date */
                                dueOn: string | null;
                                issuerName: string;
                                /** @enum {string} */
                                status: "on_time" | "late" | "returned" | "missing" | "not_yet_due" | "not_required";
                                statusLabel: string;
                                /** Format: date */
                                submittedOn: string | null;
                                /** Format: date */
                                lastSubmittedOn: string | null;
                                submissionId: string | null;
                                returnReason: string | null;
                                can: {
                                    submit: boolean;
                                };
                            }[];
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
    "/api/v1/steering/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Văn bản và tình hình gửi báo cáo của từng đơn vị (đúng hạn / chậm / chưa gửi) */
        get: {
            parameters: {
                query?: {
                    status?: "on_time" | "late" | "returned" | "missing" | "not_yet_due" | "not_required";
                };
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
                            unitId: string;
                            /** @enum {string} */
                            kind: "self_inspection" | "period_report" | "guidance";
                            kindLabel: string;
                            title: string;
                            number: string | null;
                            /** Format: date */
                            issuedOn: string;
                            period: {
                                /** Format: date */
                                from: string;
                                /** Format: date */
                                to: string;
                            } | null;
                            /** Format: date */
                            dueOn: string | null;
                            unitName: string;
                            recipients: number;
                            expected: number;
                            submitted: number;
                            onTime: number;
                            late: number;
                            notYetDue: number;
                            returned: number;
                            missing: {
                                unitId: string;
                                name: string;
                            }[];
                            rows: {
                                unitId: string;
                                name: string;
                                kind: string;
                                /** @enum {string} */
                                status: "on_time" | "late" | "returned" | "missing" | "not_yet_due" | "not_required";
                                statusLabel: string;
                                /** Format: date */
                                submittedOn: string | null;
                                /** Format: date */
                                lastSubmittedOn: string | null;
                                submissionId: string | null;
                                returnReason: string | null;
                                reminders: number;
                            }[];
                            can: {
                                remind: boolean;
                                return: boolean;
                            };
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
    "/api/v1/steering/requests/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số liệu chỉ tiêu sẽ gửi kèm báo cáo của đơn vị */
        get: {
            parameters: {
                query: {
                    unitId: string;
                };
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
                            period: {
                                /** Format: date */
                                from: string;
                                /** Format: date */
                                to: string;
                            } | null;
                            snapshot: {
                                /** Format: date */
                                from: string;
                                /** Format: date */
                                to: string;
                                rows: {
                                    label: string;
                                    value: string;
                                }[];
                                indicators: Record<string, never>;
                            } | null;
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
    "/api/v1/steering/requests/{id}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đơn vị gửi báo cáo (kèm số liệu chỉ tiêu của kỳ báo cáo) */
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
                        unitId: string | number;
                        narrative?: string;
                        attachments?: string[];
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
                            onTime: boolean;
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
    "/api/v1/steering/requests/{id}/submissions/{sid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo của đơn vị (nội dung, tệp đính kèm, số liệu chỉ tiêu) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    sid: string;
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
                            unitId: string;
                            unitName: string;
                            narrative: string;
                            attachments: string[];
                            indicators: {
                                /** Format: date */
                                from: string;
                                /** Format: date */
                                to: string;
                                rows: {
                                    label: string;
                                    value: string;
                                }[];
                                indicators: Record<string, never>;
                            } | null;
                            /** Format: date */
                            submittedOn: string;
                            /** Format: date */
                            returnedOn: string | null;
                            returnReason: string | null;
                            can: {
                                return: boolean;
                            };
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
    "/api/v1/steering/requests/{id}/submissions/{sid}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ban Chỉ đạo trả lại báo cáo để đơn vị hoàn thiện (nêu lý do) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    sid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
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
                            /** @enum {string} */
                            status: "returned";
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
    "/api/v1/steering/requests/{id}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đôn đốc các đơn vị chưa gửi báo cáo (qua thông báo) */
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
                        unitIds?: (string | number)[];
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
                            units: number;
                            notified: number;
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
    "/api/v1/steering/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các cuộc kiểm tra của Ban Chỉ đạo (theo đơn vị của Ban) hoặc tại một đơn vị (theo đơn vị được kiểm tra) */
        get: {
            parameters: {
                query?: {
                    unitId?: string;
                    inspectedUnitId?: string;
                    year?: number;
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
                            items: {
                                id: string;
                                unitId: string;
                                unitName: string;
                                inspectedUnitId: string;
                                inspectedUnitName: string;
                                subject: string;
                                /** @enum {string} */
                                status: "planned" | "held" | "concluded";
                                statusLabel: string;
                                /** Format: date */
                                plannedOn: string | null;
                                /** Format: date */
                                heldOn: string | null;
                                members: string[];
                                hasViolation: boolean;
                                conclusion: string | null;
                                /** Format: date */
                                concludedOn: string | null;
                            }[];
                            nextCursor: string | null;
                            can: {
                                record: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ghi nhận cuộc kiểm tra của Ban Chỉ đạo tại đơn vị cấp dưới (phát hiện, kiến nghị, kết luận) */
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
                        unitId: string | number;
                        inspectedUnitId: string | number;
                        subject?: string;
                        /** Format: date */
                        heldOn: string;
                        findings: {
                            text: string;
                            violation: boolean;
                        }[];
                        recommendations?: {
                            to: string;
                            text: string;
                            /** Format: date */
                            dueOn?: string;
                        }[];
                        conclusion?: string;
                        members?: string[];
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
    "/api/v1/steering/inspections/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lập kế hoạch kiểm tra (ngày dự kiến, thành viên đoàn kiểm tra) */
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
                        unitId: string | number;
                        inspectedUnitId: string | number;
                        subject?: string;
                        /** Format: date */
                        plannedOn: string;
                        members: string[];
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
    "/api/v1/steering/inspections/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi nhận kết quả cuộc kiểm tra đã lên kế hoạch */
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
                        /** Format: date */
                        heldOn: string;
                        findings: {
                            text: string;
                            violation: boolean;
                        }[];
                        recommendations?: {
                            to: string;
                            text: string;
                            /** Format: date */
                            dueOn?: string;
                        }[];
                        conclusion?: string;
                        members?: string[];
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
    "/api/v1/steering/inspections/{id}/conclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kết luận cuộc kiểm tra */
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
                        conclusion: string;
                        /** Format: date */
                        concludedOn?: string;
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
                            /** Format: date */
                            concludedOn: string;
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
    "/api/v1/steering/inspections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chi tiết cuộc kiểm tra: phát hiện, kiến nghị và việc trả lời (quá hạn) */
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
                            unitId: string;
                            unitName: string;
                            inspectedUnitId: string;
                            inspectedUnitName: string;
                            subject: string;
                            /** @enum {string} */
                            status: "planned" | "held" | "concluded";
                            statusLabel: string;
                            /** Format: date */
                            plannedOn: string | null;
                            /** Format: date */
                            heldOn: string | null;
                            members: string[];
                            hasViolation: boolean;
                            conclusion: string | null;
                            /** Format: date */
                            concludedOn: string | null;
                            findings: {
                                seq: number;
                                text: string;
                                violation: boolean;
                            }[];
                            recommendations: {
                                id: string;
                                to: string;
                                text: string;
                                /** Format: date */
                                sentOn: string;
                                /** Format: date */
                                dueOn: string;
                                answer: string | null;
                                /** Format: date */
                                answeredOn: string | null;
                                /** @enum {string} */
                                state: "open" | "overdue" | "answered_on_time" | "answered_late";
                                can: {
                                    answer: boolean;
                                };
                            }[];
                            can: {
                                recordResult: boolean;
                                conclude: boolean;
                            };
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
    "/api/v1/steering/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kết quả đánh giá, xếp loại trong năm của các đơn vị cấp dưới (số lượng theo mức) */
        get: {
            parameters: {
                query: {
                    unitId: string;
                    year: number;
                    includeReplaced?: boolean;
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
                            items: {
                                id: string;
                                unitId: string;
                                unitName: string;
                                evaluatedUnitId: string;
                                evaluatedUnitName: string;
                                /** @enum {string} */
                                subject: "unit" | "committee";
                                subjectLabel: string;
                                year: number;
                                level: string;
                                levelLabel: string;
                                criteria: {
                                    text: string;
                                    met: boolean;
                                }[];
                                criteriaMet: number;
                                /** Format: date */
                                evaluatedOn: string;
                                evaluatedBy: string | null;
                                replaced: boolean;
                                replacesId: string | null;
                                replaceReason: string | null;
                            }[];
                            nextCursor: string | null;
                            year: number;
                            levels: {
                                key: string;
                                label: string;
                                count: number;
                            }[];
                            can: {
                                evaluate: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Đánh giá, xếp loại đơn vị (hoặc Ban Chỉ đạo) cấp dưới trong năm; thay thế đánh giá cũ phải ghi lý do */
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
                        unitId: string | number;
                        evaluatedUnitId: string | number;
                        /** @enum {string} */
                        subject?: "unit" | "committee";
                        year: number;
                        level: string;
                        criteria?: (string | {
                            text: string;
                            met: boolean;
                        })[];
                        /** Format: date */
                        evaluatedOn?: string;
                        replaces?: string | number;
                        reason?: string;
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
                            replaced: string | null;
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
    "/api/v1/reports/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chỉ tiêu thực hiện dân chủ ở cơ sở của đơn vị (cộng dồn các đơn vị trực thuộc) và theo từng đơn vị trực thuộc */
        get: {
            parameters: {
                query: {
                    unitId: string;
                    from?: string;
                    to?: string;
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
                            unitId: string;
                            name: string;
                            from: string;
                            to: string;
                            indicators: {
                                steering: {
                                    requests: number;
                                    expectedSubmissions: number;
                                    submittedOnTime: number;
                                    submittedLate: number;
                                    missing: number;
                                    inspections: number;
                                    reviews: number;
                                    briefings: number;
                                    trainings: number;
                                    trainingParticipants: number;
                                    evaluations: {
                                        tot: number;
                                        kha: number;
                                        trung_binh: number;
                                        yeu: number;
                                    } & {
                                        [key: string]: number;
                                    };
                                };
                                danVanKheo: {
                                    registered: number;
                                    evaluated: number;
                                    commended: number;
                                };
                                staffConferences: {
                                    units: number;
                                    held: number;
                                    rate: number | null;
                                    count: number;
                                };
                                workerConferences: {
                                    units: number;
                                    held: number;
                                    rate: number | null;
                                    count: number;
                                };
                                dialogues: {
                                    units: number;
                                    held: number;
                                    rate: number | null;
                                    count: number;
                                };
                                villageMeetings: {
                                    held: number;
                                };
                                opinions: {
                                    raised: number;
                                    resolved: number;
                                    agencyRaised: number;
                                    agencyResolved: number;
                                    enterpriseRaised: number;
                                    enterpriseResolved: number;
                                    rate: number | null;
                                };
                                oversight: {
                                    activities: number;
                                    withViolations: number;
                                    recommendations: number;
                                    answeredOnTime: number;
                                };
                                cases: {
                                    received: number;
                                    resolved: number;
                                    resolvedOnTime: number;
                                    overdue: number;
                                    byType: {
                                        feedback: number;
                                        petition: number;
                                        complaint: number;
                                        denunciation: number;
                                    };
                                };
                                reception: {
                                    sessions: number;
                                    citizens: number;
                                };
                                decisions: {
                                    held: number;
                                    passed: number;
                                };
                                disclosures: {
                                    published: number;
                                };
                                consultations: {
                                    opened: number;
                                    opinions: number;
                                };
                            };
                            children: {
                                unitId: string;
                                name: string;
                                kind: string;
                                indicators: {
                                    steering: {
                                        requests: number;
                                        expectedSubmissions: number;
                                        submittedOnTime: number;
                                        submittedLate: number;
                                        missing: number;
                                        inspections: number;
                                        reviews: number;
                                        briefings: number;
                                        trainings: number;
                                        trainingParticipants: number;
                                        evaluations: {
                                            tot: number;
                                            kha: number;
                                            trung_binh: number;
                                            yeu: number;
                                        } & {
                                            [key: string]: number;
                                        };
                                    };
                                    danVanKheo: {
                                        registered: number;
                                        evaluated: number;
                                        commended: number;
                                    };
                                    staffConferences: {
                                        units: number;
                                        held: number;
                                        rate: number | null;
                                        count: number;
                                    };
                                    workerConferences: {
                                        units: number;
                                        held: number;
                                        rate: number | null;
                                        count: number;
                                    };
                                    dialogues: {
                                        units: number;
                                        held: number;
                                        rate: number | null;
                                        count: number;
                                    };
                                    villageMeetings: {
                                        held: number;
                                    };
                                    opinions: {
                                        raised: number;
                                        resolved: number;
                                        agencyRaised: number;
                                        agencyResolved: number;
                                        enterpriseRaised: number;
                                        enterpriseResolved: number;
                                        rate: number | null;
                                    };
                                    oversight: {
                                        activities: number;
                                        withViolations: number;
                                        recommendations: number;
                                        answeredOnTime: number;
                                    };
                                    cases: {
                                        received: number;
                                        resolved: number;
                                        resolvedOnTime: number;
                                        overdue: number;
                                        byType: {
                                            feedback: number;
                                            petition: number;
                                            complaint: number;
                                            denunciation: number;
                                        };
                                    };
                                    reception: {
                                        sessions: number;
                                        citizens: number;
                                    };
                                    decisions: {
                                        held: number;
                                        passed: number;
                                    };
                                    disclosures: {
                                        published: number;
                                    };
                                    consultations: {
                                        opened: number;
                                        opinions: number;
                                    };
                                };
                            }[];
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
    "/api/v1/reports/indicators/definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Định nghĩa các chỉ tiêu (tên, ý nghĩa pháp lý, số liệu nguồn) */
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
                            items: {
                                key: string;
                                group: string;
                                label: {
                                    vi: string;
                                    en: string;
                                };
                                legal: string;
                                inputs: {
                                    sums?: string[];
                                    sumsUntilYesterday?: string[];
                                    unitsWith?: {
                                        key: string;
                                        kind: string;
                                    }[];
                                    sumsOfKind?: {
                                        key: string;
                                        kind: string;
                                    }[];
                                };
                            }[];
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
    "/api/v1/reports/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số liệu bảng điều khiển: số liệu chính, các bảng theo đơn vị trực thuộc, diễn biến theo tháng */
        get: {
            parameters: {
                query: {
                    unitId: string;
                    from?: string;
                    to?: string;
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
                            unitId: string;
                            name: string;
                            from: string;
                            to: string;
                            figures: {
                                key: string;
                                label: {
                                    vi: string;
                                    en: string;
                                };
                                /** @enum {string} */
                                format: "share" | "pair" | "int";
                                values: number[];
                            }[];
                            panels: {
                                key: string;
                                title: {
                                    vi: string;
                                    en: string;
                                };
                                /** @enum {string} */
                                chart: "bar" | "pie" | "line";
                                percent?: boolean;
                                alt: {
                                    vi: string;
                                    en: string;
                                };
                                columns: {
                                    key: string;
                                    label: {
                                        vi: string;
                                        en: string;
                                    };
                                    chart: boolean;
                                }[];
                                rows: {
                                    unitId: string;
                                    name: string;
                                    values: {
                                        [key: string]: number | null;
                                    };
                                }[];
                                slices: {
                                    key: string;
                                    label: {
                                        vi: string;
                                        en: string;
                                    };
                                    value: number;
                                }[];
                            }[];
                            trend: {
                                series: {
                                    key: string;
                                    label: {
                                        vi: string;
                                        en: string;
                                    };
                                }[];
                                months: {
                                    month: string;
                                    values: {
                                        [key: string]: number | null;
                                    };
                                }[];
                            };
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
    "/api/v1/reports/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo kết quả thực hiện dân chủ ở cơ sở: DOCX theo Nghị định 30/2020, XLSX, PDF */
        get: {
            parameters: {
                query: {
                    unitId: string;
                    from?: string;
                    to?: string;
                    format?: "docx" | "xlsx" | "pdf";
                    issuer?: "committee" | "steering";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Báo cáo: DOCX (Nghị định 30/2020), XLSX hoặc PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "application/pdf": string;
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
    "/api/v1/reports/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Phần thuyết minh của báo cáo (bản nháp) theo đơn vị và kỳ */
        get: {
            parameters: {
                query: {
                    unitId: string;
                    from?: string;
                    to?: string;
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
                            unitId: string;
                            from: string;
                            to: string;
                            number: string | null;
                            signerName?: string;
                            sections: {
                                situation?: string;
                                leadership?: string;
                                results?: string;
                                limitations?: string;
                                tasks?: string;
                                proposals?: string;
                            };
                            saved: boolean;
                            updatedAt: string | null;
                            can: {
                                edit: boolean;
                                signForSteering: boolean;
                            };
                            sectionsMeta?: {
                                key: string;
                                heading: {
                                    vi: string;
                                    en: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        /** Lưu phần thuyết minh của báo cáo */
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
                        unitId: string | number;
                        /** Format: date */
                        from: string;
                        /** Format: date */
                        to: string;
                        number?: string | null;
                        signerName?: string;
                        sections: {
                            situation?: string;
                            leadership?: string;
                            results?: string;
                            limitations?: string;
                            tasks?: string;
                            proposals?: string;
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
                            unitId: string;
                            from: string;
                            to: string;
                            number: string | null;
                            signerName?: string;
                            sections: {
                                situation?: string;
                                leadership?: string;
                                results?: string;
                                limitations?: string;
                                tasks?: string;
                                proposals?: string;
                            };
                            saved: boolean;
                            updatedAt: string | null;
                            can: {
                                edit: boolean;
                                signForSteering: boolean;
                            };
                            sectionsMeta?: {
                                key: string;
                                heading: {
                                    vi: string;
                                    en: string;
                                };
                            }[];
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
