// File inputs with data-max-bytes: a file over the limit is refused before it is sent (a body far over the server's
// limit could otherwise end in a reset connection). The server checks again; without this script nothing is lost.
(() => {
    for (const input of document.querySelectorAll('input[type=file][data-max-bytes]')) {
        const message = input.form?.querySelector(`[data-valmsg-for="${input.name}"]`);
        input.addEventListener('change', () => {
            const tooLarge = [...input.files].some(f => f.size > Number(input.dataset.maxBytes));
            if (message) {
                message.textContent = tooLarge ? input.dataset.tooLarge : '';
            }

            input.classList.toggle('is-invalid', tooLarge);
            if (tooLarge) {
                input.value = '';
            }
        });
    }
})();
